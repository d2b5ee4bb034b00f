/**
 * A set of ids kept as one sorted, newline-separated string, looked up by binary search. A
 * million read marks load as sixteen strings and one offset table, not a million strings in a
 * hash table (measured: 1,000,000 Set insertions took over a second on the 2-core machine).
 */
export class SortedIds implements Iterable<string> {
  private readonly starts: Int32Array;
  private readonly text: string;
  private readonly sortedAsGiven: boolean = true;

  /** `text` as written by {@link SortedIds.join}; anything else (hand-edited, unsorted) is sorted first. */
  constructor(text: string) {
    let count = text === '' ? 0 : 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
    const starts = new Int32Array(count + 1);
    let at = 0;
    for (let k = 0; k < count; k++) {
      starts[k] = at;
      const end = text.indexOf('\n', at);
      at = end === -1 ? text.length + 1 : end + 1;
    }
    starts[count] = text.length + 1;
    this.text = text;
    this.starts = starts;
    if (!this.isSorted()) {
      const sorted = new SortedIds(SortedIds.join(text.split('\n')));
      this.text = sorted.text;
      this.starts = sorted.starts;
      this.sortedAsGiven = false;
    }
  }

  /** The text of a set of ids: unique, sorted by UTF-16 code unit (as `<` compares), one per line. */
  static join(ids: Iterable<string>): string {
    return [...new Set(ids)].filter((id) => id !== '' && !id.includes('\n')).sort().join('\n');
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** -1, 0 or 1 as `id` sorts before, equal to or after entry `k`. */
  private compare(id: string, k: number): number {
    const start = this.starts[k]!;
    const length = this.starts[k + 1]! - 1 - start;
    const n = Math.min(id.length, length);
    for (let i = 0; i < n; i++) {
      const d = id.charCodeAt(i) - this.text.charCodeAt(start + i);
      if (d !== 0) return d < 0 ? -1 : 1;
    }
    return id.length === length ? 0 : id.length < length ? -1 : 1;
  }

  has(id: string): boolean {
    return this.indexOf(id) !== -1;
  }

  /** The entry's place in sorted order, or -1. */
  indexOf(id: string): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compare(id, mid);
      if (c === 0) return mid;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  }

  /** Whether the text was sorted as given (so places line up with a list written beside it). */
  get wasSorted(): boolean {
    return this.sortedAsGiven;
  }

  /** Whether every entry sorts strictly after the one before it (no allocation per entry). */
  private isSorted(): boolean {
    const { text, starts } = this;
    for (let k = 1; k < this.size; k++) {
      const a = starts[k - 1]!;
      const aLength = starts[k]! - 1 - a;
      const b = starts[k]!;
      const bLength = starts[k + 1]! - 1 - b;
      const n = Math.min(aLength, bLength);
      let i = 0;
      while (i < n && text.charCodeAt(a + i) === text.charCodeAt(b + i)) i++;
      const ordered = i < n ? text.charCodeAt(a + i) < text.charCodeAt(b + i) : aLength < bLength;
      if (!ordered) return false;
    }
    return true;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let k = 0; k < this.size; k++) yield this.text.slice(this.starts[k]!, this.starts[k + 1]! - 1);
  }
}
