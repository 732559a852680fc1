/** The film the explorer is about: its page is the home page, and other pages lead back to it. */
export const featuredWorkSlug = 'ballerina-2023'

export const siteName = 'Ballerina Explorer'
