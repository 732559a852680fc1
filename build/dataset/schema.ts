import { z } from 'zod'
import { slugPattern } from '../../src/config/page-kinds.ts'
import { billings, departments, eventKinds, workKinds } from '../../src/data/vocabulary.ts'

/*
 * The dataset's shape. Every TypeScript type of the data is inferred from here, and the
 * validator, the build and the app all read the dataset through this module.
 *
 * Two ideas run through it:
 * - every fact names the source(s) that support it (`sources`, at least one);
 * - a fact the articles disagree on is a list of claims (`Claimed`), one per differing value,
 *   each with its own sources, so nothing is silently picked. A claim an article gets wrong
 *   carries a `doubt` saying why.
 */

// The router's own pattern: a slug the data accepts is one the site's addresses accept.
export const slugSchema = z
  .string()
  .regex(slugPattern, 'a lowercase slug of letters, digits and single hyphens')

export const isoDateSchema = z.iso.date('a real calendar date written YYYY-MM-DD')

const text = z.string().trim().min(1, 'a non-empty text')

export const sourceRefsSchema = z.array(slugSchema).min(1, 'at least one source id')

/** Why a claim or spelling should not be taken at face value; shown to readers as a flag. */
const doubtSchema = text.optional()

export const claimSchema = <T extends z.ZodType>(value: T) =>
  z.strictObject({
    value,
    sources: sourceRefsSchema,
    note: text.optional(),
    doubt: doubtSchema,
  })

/** One or more claims about a single-valued fact; several differing values mean "sources differ". */
export const claimedSchema = <T extends z.ZodType>(value: T) => z.array(claimSchema(value)).min(1)

export const factSchema = z.strictObject({
  text,
  sources: sourceRefsSchema,
  doubt: doubtSchema,
})

export const aliasSchema = z.strictObject({
  name: text,
  sources: sourceRefsSchema,
  /** What kind of variant this is, e.g. "name order reversed" or "misspelling". */
  note: text.optional(),
})

const hangulSchema = z.strictObject({
  value: z.string().regex(/^[\uAC00-\uD7A3 ]+$/, 'Hangul syllables'),
  sources: sourceRefsSchema,
})

export const sourceSchema = z.strictObject({
  id: slugSchema,
  kind: z.enum(['article', 'editorial']),
  /** How the app's text and citations name the source, e.g. "Sayart.net (11 Oct)". */
  shortName: text,
  publication: text.nullable(),
  title: text,
  /** A label printed before the title, outside its quotation marks, e.g. "(K-Drama)". */
  titlePrefix: text.optional(),
  byline: text.nullable(),
  /** The article's own date; null where it gives none. */
  date: isoDateSchema.nullable(),
  /** The time printed beside the date, to the minute; the articles name no time zone. */
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day written HH:MM')
    .optional(),
  /** How to read the date, or what stands in for a missing one. */
  dateNote: text.optional(),
  /** The file under shared/sources the article was read from; for maintainers, never served. */
  file: text.optional(),
  /** A publication the article itself cites as its source. */
  cites: text.optional(),
  /** The credit printed with each of the article's images, word for word, one per image. */
  imageCredits: z.array(text).optional(),
  summary: text,
})

export const workSchema = z.strictObject({
  slug: slugSchema,
  title: text,
  aliases: z.array(aliasSchema),
  hangulTitle: hangulSchema.optional(),
  kind: z.enum(workKinds),
  year: claimedSchema(z.number().int().min(1888).max(2100)).optional(),
  platform: claimSchema(text).optional(),
  genres: z.array(claimSchema(text)),
  /** A one-paragraph summary in the project's own words. */
  logline: claimSchema(text).optional(),
  facts: z.array(factSchema),
  sources: sourceRefsSchema,
})

export const personSchema = z.strictObject({
  slug: slugSchema,
  name: text,
  hangulName: hangulSchema.optional(),
  aliases: z.array(aliasSchema),
  /** One line on who they are, e.g. "Actor" or "Singer, rapper and producer". */
  knownAs: claimSchema(text),
  facts: z.array(factSchema),
  sources: sourceRefsSchema,
})

const characterSchema = z.strictObject({
  name: text,
  aliases: z.array(aliasSchema),
  hangulName: hangulSchema.optional(),
  /** How each article describes the character, side by side. */
  descriptions: z.array(factSchema),
})

export const creditSchema = z
  .strictObject({
    id: slugSchema,
    work: slugSchema,
    person: slugSchema,
    department: z.enum(departments),
    billing: z.enum(billings).optional(),
    character: characterSchema.optional(),
    job: text.optional(),
    note: text.optional(),
    doubt: doubtSchema,
    sources: sourceRefsSchema,
  })
  .superRefine((credit, ctx) => {
    if (credit.department === 'crew' && !credit.job) {
      ctx.addIssue({ code: 'custom', path: ['job'], message: 'a crew credit needs a job' })
    }
    if (credit.department === 'crew' && credit.character) {
      ctx.addIssue({
        code: 'custom',
        path: ['character'],
        message: 'a crew credit has no character',
      })
    }
  })

/**
 * When something happened, as precisely as the articles allow. `basis` says where a day came
 * from: stated outright, resolved from a relative phrase ("last Friday") against the article's
 * date, or only known as the day an article reported it.
 */
export const eventDateSchema = z.discriminatedUnion('precision', [
  z.strictObject({
    precision: z.literal('day'),
    value: isoDateSchema,
    basis: z.enum(['stated', 'resolved', 'reported']),
    note: text.optional(),
  }),
  z.strictObject({
    precision: z.literal('month'),
    value: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM'),
    note: text.optional(),
  }),
  z.strictObject({
    precision: z.literal('relative'),
    /** Known only to come before this date, e.g. "before the release". */
    before: isoDateSchema,
    label: text,
    note: text.optional(),
  }),
])

export const eventSchema = z.strictObject({
  id: slugSchema,
  work: slugSchema,
  kind: z.enum(eventKinds),
  title: text,
  summary: text,
  date: eventDateSchema,
  /** Short captions or titles quoted from the articles, word for word. */
  quotes: z.array(z.strictObject({ label: text, text, sources: sourceRefsSchema })).optional(),
  chart: slugSchema.optional(),
  sources: sourceRefsSchema,
})

export const ratingSchema = z
  .strictObject({
    id: slugSchema,
    work: slugSchema,
    site: text,
    /** What the figure measures, e.g. "Critics' approval". */
    measure: text,
    value: z.number(),
    scaleMax: z.number().positive(),
    unit: z.enum(['percent', 'points']),
    average: z.strictObject({ value: z.number(), scaleMax: z.number().positive() }).optional(),
    asOf: isoDateSchema,
    sources: sourceRefsSchema,
  })
  .superRefine((rating, ctx) => {
    if (rating.value < 0 || rating.value > rating.scaleMax) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `${rating.value} lies outside its scale of 0 to ${rating.scaleMax}`,
      })
    }
    const average = rating.average
    if (average && (average.value < 0 || average.value > average.scaleMax)) {
      ctx.addIssue({
        code: 'custom',
        path: ['average', 'value'],
        message: `${average.value} lies outside its scale of 0 to ${average.scaleMax}`,
      })
    }
  })

export const chartSchema = z.strictObject({
  id: slugSchema,
  work: slugSchema,
  chart: text,
  rank: claimedSchema(z.number().int().min(1)),
  countries: z
    .strictObject({
      count: z.number().int().min(1),
      named: z.array(text),
      sources: sourceRefsSchema,
    })
    .optional(),
  announced: isoDateSchema.optional(),
  sources: sourceRefsSchema,
})

export const awardSchema = z.strictObject({
  id: slugSchema,
  /** Null where the article names no ceremony ("several accolades"). */
  ceremony: text.nullable(),
  edition: text.optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  category: text.nullable(),
  outcome: z.enum(['won', 'nominated']),
  person: slugSchema.optional(),
  work: slugSchema.optional(),
  note: text.optional(),
  doubt: doubtSchema,
  sources: sourceRefsSchema,
})

/** The files of data/, each an array of one kind of record. */
export const datasetSchema = z.strictObject({
  sources: z.array(sourceSchema),
  works: z.array(workSchema),
  people: z.array(personSchema),
  credits: z.array(creditSchema),
  events: z.array(eventSchema),
  ratings: z.array(ratingSchema),
  charts: z.array(chartSchema),
  awards: z.array(awardSchema),
})

export const datasetFiles = Object.keys(datasetSchema.shape) as (keyof Dataset)[]

/** The file in a data folder that holds one kind of record. */
export const datasetFileName = (name: keyof Dataset) => `${name}.json`

export type Dataset = z.infer<typeof datasetSchema>
export type Source = z.infer<typeof sourceSchema>
export type Work = z.infer<typeof workSchema>
export type Person = z.infer<typeof personSchema>
export type Credit = z.infer<typeof creditSchema>
export type Event = z.infer<typeof eventSchema>
export type EventDate = z.infer<typeof eventDateSchema>
export type EventKind = (typeof eventKinds)[number]
export type Rating = z.infer<typeof ratingSchema>
export type Chart = z.infer<typeof chartSchema>
export type Award = z.infer<typeof awardSchema>
export type Alias = z.infer<typeof aliasSchema>
export type Fact = z.infer<typeof factSchema>
export type Claim<T> = { value: T; sources: string[]; note?: string; doubt?: string }
export type Billing = (typeof billings)[number]
export type Department = (typeof departments)[number]
