/** The crew roles the film page names up front, in this order. */
export const keyJobs = ['Director', 'Writer', 'Music director', 'Artistic director'] as const

/** The most people the head of a work's page names in one key job; the cast page has them all. */
export const maxNamedPerJob = 5

type JobCredit = { department: string; job?: string }

/** The credits of one key job, in the order given, as many as the head of the page names. */
export function namedInJob<C extends JobCredit>(credits: readonly C[], job: string): C[] {
  return credits
    .filter((credit) => credit.department === 'crew' && credit.job === job)
    .slice(0, maxNamedPerJob)
}

/** The credits the head of a work's page names, job by job. */
export function keyCredits<C extends JobCredit>(credits: readonly C[]): C[] {
  return keyJobs.flatMap((job) => namedInJob(credits, job))
}
