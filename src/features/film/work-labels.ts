/** The crew roles the film page names up front, in this order. */
export const keyJobs = ['Director', 'Writer', 'Music director', 'Artistic director'] as const
