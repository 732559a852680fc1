/*
 * The types of the dataset and of the payloads the build writes, for browser code. Type-only:
 * the schema and the payload builders themselves never reach the client bundle.
 */
export type {
  Alias,
  Award,
  Billing,
  Chart,
  Claim,
  Credit,
  Dataset,
  Department,
  Event,
  EventDate,
  EventKind,
  Fact,
  Person,
  Rating,
  Source,
  Work,
} from '../../build/dataset/schema.ts'
export type {
  AwardView,
  CreditWithPerson,
  CreditWithWork,
  PersonSummary,
  WorkSummary,
} from '../../build/dataset/selectors.ts'
export type {
  CreditPagePayload,
  PersonPayload,
  SearchPayload,
  SourceListPayload,
  SourcePayload,
  SourceSummary,
  WorkPayload,
} from '../../build/dataset/payloads.ts'
export type { Disagreement, DisagreementPage } from '../../build/dataset/disagreements.ts'
