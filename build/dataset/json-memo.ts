import { digest } from '../digest.ts'

/*
 * JSON text and hashes of the build's records, made once however many payloads hold them: the
 * same record is in the dataset's keys, in the download and in many search shards, and at
 * catalogue scale writing or hashing each copy again costs seconds.
 */

export class JsonMemo {
  private readonly texts = new WeakMap<object, string>()
  private readonly hashes = new WeakMap<object, string>()

  /** A value as JSON.stringify writes it, remembered for the same object. */
  text(value: object): string {
    let text = this.texts.get(value)
    if (text === undefined) {
      text = JSON.stringify(value) ?? 'null'
      this.texts.set(value, text)
    }
    return text
  }

  /** A hash of a value's JSON, remembered for the same object. */
  hash(value: object): string {
    let hash = this.hashes.get(value)
    if (hash === undefined) {
      hash = digest(this.text(value))
      this.hashes.set(value, hash)
    }
    return hash
  }

  /**
   * An id of a payload's content, from its records' hashes: it changes whenever the payload's
   * JSON does, and costs far less than writing that JSON when the records are known already.
   */
  payloadId(payload: unknown): string {
    if (!isPlainObject(payload)) return digest(JSON.stringify(payload) ?? '')
    const fields: string[] = []
    for (const [key, value] of fieldsOf(payload)) {
      fields.push(key)
      fields.push(
        // Brackets, so a one-item list and its item alone differ.
        Array.isArray(value)
          ? `[${Array.from(value, (item: unknown) => this.itemId(item)).join(',')}]`
          : (JSON.stringify(value) ?? ''),
      )
    }
    return digest(fields.join('\0'))
  }

  /**
   * A payload as JSON.stringify writes it, byte for byte. The objects in its top-level arrays
   * (records, in every payload that lists them) are written through the memo.
   */
  payload(payload: unknown): string {
    if (!isPlainObject(payload)) return JSON.stringify(payload)
    const fields: string[] = []
    for (const [key, value] of fieldsOf(payload)) {
      const json = Array.isArray(value)
        ? `[${Array.from(value, (item: unknown) => this.item(item)).join(',')}]`
        : JSON.stringify(value)
      fields.push(`${JSON.stringify(key)}:${json}`)
    }
    return `{${fields.join(',')}}`
  }

  private itemId(item: unknown): string {
    if (item !== null && typeof item === 'object') return this.hash(item)
    return JSON.stringify(item) ?? 'null'
  }

  private item(item: unknown): string {
    if (item !== null && typeof item === 'object') return this.text(item)
    // As in an array: what JSON cannot hold is written as null.
    return JSON.stringify(item) ?? 'null'
  }
}

/** The fields JSON.stringify writes of an object. */
function fieldsOf(value: Record<string, unknown>): [string, unknown][] {
  return Object.entries(value).filter(
    ([, field]) => field !== undefined && typeof field !== 'function' && typeof field !== 'symbol',
  )
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return (prototype === Object.prototype || prototype === null) && !('toJSON' in value)
}
