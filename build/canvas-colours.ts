/**
 * The page's canvas in each colour scheme (`--canvas` in src/styles.css, which a unit test holds
 * these to): the colour browser chrome, an installed app's splash screen and the link-preview
 * images are drawn in, so they meet the page without a seam.
 */
export const canvasColours = { light: '#fbf6f7', dark: '#110b0e' } as const
