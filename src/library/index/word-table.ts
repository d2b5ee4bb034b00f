/**
 * The words {@link termsOf} has met, each kept once, found by their characters: a word met
 * before is looked up where it stands in the text, lowercased as it is compared, without cutting
 * a string for it. Each text's words are told apart by a stamp, so a word is given once per text.
 *
 * Why: news repeats its words. Cutting, lowercasing and hashing a string for each of the ~400
 * words of an article, only to find most in the text's set already, was 70 µs of every article
 * at a cold start (13 % of a parse worker's profile, bench library of 10,000 articles).
 *
 * A word kept here is a copy of its own: V8 cuts a string of 13 characters or more as a view of
 * the text it came from, and `toLowerCase` of a lower-case view is the same view, so a long word
 * kept the whole article alive as long as the search index held it.
 */

/** The hash of a character code appended to `h` (a word's hash: from 0, each code in turn). */
export const hashStep = (h: number, code: number): number => (Math.imul(h, 31) + code) | 0;

/**
 * The first slot of a hash: its bits mixed (MurmurHash3's finaliser), as words that differ only
 * at their end (`w1a`, `w1b`) have hashes next to each other and would fill runs of slots.
 */
function firstSlot(h: number, mask: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

/** ASCII `A`-`Z` as `a`-`z`; any other code as it is. */
export const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** Words held at most: past this the table starts again (at the start of a text). */
const MAX_WORDS = 100_000;
const FIRST_SLOTS = 1 << 12;
/**
 * The most slots one lookup tries. The hash is not seeded: words can be made to share it (the
 * pairs `c0` and `an` do, and so does every word made of them), and 16,384 such words took
 * 1.7 s where as many others took 0.09 (a probe per word held before). A lookup that runs this
 * far gives up, and the caller folds the whole text instead, with V8's own (seeded) hashing.
 */
const MAX_PROBES = 64;

export class WordTable {
  #words: (string | undefined)[] = new Array(FIRST_SLOTS);
  #hashes = new Int32Array(FIRST_SLOTS);
  /** The text each word was last given for (0: none yet). */
  #stamps = new Uint32Array(FIRST_SLOTS);
  #size = 0;
  #stamp = 0;

  constructor(private readonly maxWords = MAX_WORDS) {}

  /** Starts a text: every word may be given once more. */
  begin(): void {
    if (this.#size >= this.maxWords || this.#stamp === 0xffffffff) {
      this.#clear(FIRST_SLOTS);
      this.#stamp = 0;
    }
    this.#stamp += 1;
  }

  /**
   * Pushes onto `out` the word `text[start, end)` in lower case (ASCII letters and digits only,
   * `hash` its lower-case hash by {@link hashStep}), unless this text gave it already. False
   * when the lookup gave up ({@link MAX_PROBES}): nothing was pushed.
   */
  addAscii(text: string, start: number, end: number, hash: number, out: string[]): boolean {
    const length = end - start;
    const mask = this.#hashes.length - 1;
    for (let probe = 0, slot = firstSlot(hash, mask); probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
      const word = this.#words[slot];
      if (word === undefined) {
        this.#insert(slot, ownCopy(text.slice(start, end).toLowerCase()), hash, out);
        return true;
      }
      if (this.#hashes[slot] === hash && word.length === length && sameLowered(word, text, start)) {
        this.#give(slot, word, out);
        return true;
      }
    }
    return false;
  }

  /** Pushes `word` (already folded) onto `out`, unless this text gave it already; false as {@link addAscii}. */
  addWord(word: string, out: string[]): boolean {
    let hash = 0;
    for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
    const mask = this.#hashes.length - 1;
    for (let probe = 0, slot = firstSlot(hash, mask); probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
      const held = this.#words[slot];
      if (held === undefined) {
        this.#insert(slot, ownCopy(word), hash, out);
        return true;
      }
      if (held === word) {
        this.#give(slot, held, out);
        return true;
      }
    }
    return false;
  }

  #give(slot: number, word: string, out: string[]): void {
    if (this.#stamps[slot] === this.#stamp) return;
    this.#stamps[slot] = this.#stamp;
    out.push(word);
  }

  #insert(slot: number, word: string, hash: number, out: string[]): void {
    this.#words[slot] = word;
    this.#hashes[slot] = hash;
    this.#stamps[slot] = this.#stamp;
    out.push(word);
    this.#size += 1;
    // At most half full, so a probe ends soon.
    if (this.#size * 2 > this.#hashes.length) this.#grow();
  }

  #grow(): void {
    const words = this.#words;
    const hashes = this.#hashes;
    const stamps = this.#stamps;
    this.#clear(hashes.length * 2);
    const mask = this.#hashes.length - 1;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (word === undefined) continue;
      let slot = firstSlot(hashes[i]!, mask);
      while (this.#words[slot] !== undefined) slot = (slot + 1) & mask;
      this.#words[slot] = word;
      this.#hashes[slot] = hashes[i]!;
      this.#stamps[slot] = stamps[i]!;
      this.#size += 1;
    }
  }

  #clear(slots: number): void {
    this.#words = new Array(slots);
    this.#hashes = new Int32Array(slots);
    this.#stamps = new Uint32Array(slots);
    this.#size = 0;
  }
}

/** Whether `word` is `text` from `start` on, ASCII letters lowered (the caller checked the length). */
function sameLowered(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== lowerAscii(text.charCodeAt(start + i))) return false;
  return true;
}

/** `s` as a string of its own, never a view of a longer text (V8 copies those under 13 characters). */
function ownCopy(s: string): string {
  return s.length < 13 ? s : [...s].join('');
}
