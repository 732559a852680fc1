/**
 * Keys sorted once, each with the references that share it. A prefix lookup is two binary
 * searches and then a walk over just the matching keys, so a keystroke costs O(log n) plus what
 * it shows, however many names there are.
 */
export class PrefixIndex {
  private pending: Map<string, number[]> | null = new Map()
  private keys: string[] = []
  private refs: number[][] = []

  add(key: string, ref: number): void {
    if (!this.pending) throw new Error('PrefixIndex: add() after build()')
    if (!key) return
    const refs = this.pending.get(key)
    // A record adds its keys one after another, so a repeat can only be the last reference.
    if (!refs) this.pending.set(key, [ref])
    else if (refs[refs.length - 1] !== ref) refs.push(ref)
  }

  /** Sorts the keys by UTF-16 code units, the same order `<` compares them in. */
  build(): this {
    if (!this.pending) return this
    this.keys = [...this.pending.keys()].sort()
    this.refs = this.keys.map((key) => this.pending?.get(key) ?? [])
    this.pending = null
    return this
  }

  /** Every character used in a key: the alphabet typo tolerance substitutes from. */
  alphabet(): string[] {
    const letters = new Set<string>()
    for (const key of this.keys) for (const letter of key) letters.add(letter)
    return [...letters].sort()
  }

  private lowerBound(value: string): number {
    let low = 0
    let high = this.keys.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((this.keys[middle] ?? '') < value) low = middle + 1
      else high = middle
    }
    return low
  }

  /**
   * Calls `visit` for each key starting with `prefix`, in sorted order, until it returns false.
   * With `exactOnly`, only the key equal to `prefix` is visited.
   */
  visit(
    prefix: string,
    visit: (key: string, refs: readonly number[]) => boolean,
    exactOnly = false,
  ): void {
    if (!prefix) return
    for (let at = this.lowerBound(prefix); at < this.keys.length; at += 1) {
      const key = this.keys[at] ?? ''
      if (!key.startsWith(prefix)) return
      if (exactOnly && key !== prefix) return
      if (!visit(key, this.refs[at] ?? [])) return
    }
  }
}
