import { describe, expect, it } from 'vitest'
import { JsonMemo } from '../../build/dataset/json-memo'

describe('payload JSON written through the memo', () => {
  it('is byte for byte what JSON.stringify writes', () => {
    const record = { slug: 'gray', name: 'Gray', hangulName: undefined, aliases: ['Grey'] }
    const payloads: unknown[] = [
      { person: record, credits: [record, null, 3, 'text', undefined, [1, 2]], count: 2 },
      { skipped: undefined, fn: () => 1, date: new Date(0), nested: { list: [record] } },
      { withToJson: [{ toJSON: () => 'as text' }] },
      Object.assign(Object.create(null) as object, { records: [record] }),
      [record, record],
      null,
      'a string',
      { records: [] },
      // A hole in an array is written as null.
      // eslint-disable-next-line no-sparse-arrays
      { records: [1, , 3] },
    ]
    const json = new JsonMemo()
    for (const payload of payloads) expect(json.payload(payload)).toBe(JSON.stringify(payload))
  })

  it('writes a record it has seen from memory', () => {
    const json = new JsonMemo()
    const record = { name: 'Gray' }
    expect(json.text(record)).toBe('{"name":"Gray"}')
    // The memo trusts that a record is not changed once written: it is the same object.
    record.name = 'changed'
    expect(json.payload({ records: [record] })).toBe('{"records":[{"name":"Gray"}]}')
  })

  it('gives a payload an id that changes exactly when its JSON does', () => {
    const json = new JsonMemo()
    const payloads = [
      { records: [{ name: 'Gray' }, { name: 'Blue' }], count: 2 },
      { records: [{ name: 'Gray' }, { name: 'Blue' }], count: 3 },
      { records: [{ name: 'Blue' }, { name: 'Gray' }], count: 2 },
      { records: [{ name: 'Gray' }], count: 2 },
      { records: [{ name: 'Gray', knownAs: 'Actor' }, { name: 'Blue' }], count: 2 },
      { records: ['Gray', 'Blue'], count: 2 },
      { other: [{ name: 'Gray' }, { name: 'Blue' }], count: 2 },
      { next: 'ab', records: [] },
      { next: 'ab', records: [null] },
      [{ name: 'Gray' }],
      { records: 'Gray', count: 2 },
      { records: ['Gray'], count: 2 },
    ]
    const ids = payloads.map((payload) => json.payloadId(payload))
    expect(new Set(ids).size).toBe(payloads.length)
    // Equal content in other objects: the same id, from another memo too.
    const again = structuredClone(payloads).map((payload) => new JsonMemo().payloadId(payload))
    expect(again).toEqual(ids)
  })
})
