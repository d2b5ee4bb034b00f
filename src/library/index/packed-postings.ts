/**
 * The compact index's postings, packed: each word's articles in increasing order, each written as
 * its gap from the one before (the first as itself) in groups of 7 bits, low group first, the
 * high bit set on every group but the last (LEB128). A common word's gaps take one byte where a
 * 32-bit posting took four: at 10,000 generated articles the postings held by a warm reader for
 * its whole session were 6.8 MB, packed 1.7 MB (bench/RESULTS.md, "Warm peak RSS: session 11").
 */

/** `gaps.subarray(offsets[i], offsets[i + 1])` are word i's articles, packed. */
export interface PackedPostings {
  offsets: Uint32Array;
  gaps: Uint8Array;
}

/** Words packed between two yields. */
const STEP = 4_096;

/** Bytes a gap takes. */
function gapLength(gap: number): number {
  let n = 1;
  while (gap >= 128) {
    gap = Math.floor(gap / 128);
    n++;
  }
  return n;
}

/**
 * Packs `postings` (word i's articles are `postings[offsets[i]..offsets[i + 1])`, in increasing
 * order) in steps: yields every few thousand words, so the reader answers keys in between.
 */
export function* packPostings(offsets: Uint32Array, postings: Uint32Array): Generator<void, PackedPostings> {
  const words = offsets.length - 1;
  const packedOffsets = new Uint32Array(offsets.length);
  // The loops over postings are small functions of their own, called a step of words at a time,
  // not this generator's code: a save's packing runs once, and its first run is what counts
  // (see `merge-index.ts`).
  let total = 0;
  for (let w = 0; w < words; w += STEP) {
    total = measureRange(offsets, postings, w, Math.min(words, w + STEP), packedOffsets, total);
    yield;
  }
  if (words >= 0) packedOffsets[words] = total;
  const gaps = new Uint8Array(total);
  let at = 0;
  for (let w = 0; w < words; w += STEP) {
    at = packRange(offsets, postings, w, Math.min(words, w + STEP), gaps, at);
    yield;
  }
  return { offsets: packedOffsets, gaps };
}

/** Sets where words `from` to `to` start in the packed form, from `total` on; returns where the next one starts. */
function measureRange(offsets: Uint32Array, postings: Uint32Array, from: number, to: number, packedOffsets: Uint32Array, total: number): number {
  for (let w = from; w < to; w++) {
    packedOffsets[w] = total;
    for (let k = offsets[w]!, prev = 0; k < offsets[w + 1]!; k++) {
      total += gapLength(postings[k]! - prev);
      prev = postings[k]!;
    }
  }
  return total;
}

/** Packs the postings of words `from` to `to` into `gaps` from `at` on; returns where it ended. */
function packRange(offsets: Uint32Array, postings: Uint32Array, from: number, to: number, gaps: Uint8Array, at: number): number {
  for (let w = from; w < to; w++) {
    for (let k = offsets[w]!, prev = 0; k < offsets[w + 1]!; k++) {
      let gap = postings[k]! - prev;
      prev = postings[k]!;
      while (gap >= 128) {
        gaps[at++] = (gap % 128) | 128;
        gap = Math.floor(gap / 128);
      }
      gaps[at++] = gap;
    }
  }
  return at;
}

/** Calls `visit` with each article of the packed bytes `gaps[from..to)`, in increasing order. */
export function forEachDoc(gaps: Uint8Array, from: number, to: number, visit: (doc: number) => void): void {
  let doc = 0;
  for (let k = from; k < to; ) {
    let b = gaps[k++]!;
    if (b < 128) {
      doc += b;
    } else {
      let gap = b & 127;
      let scale = 128;
      do {
        b = gaps[k++] ?? 0;
        gap += (b & 127) * scale;
        scale *= 128;
      } while (b >= 128 && k < to);
      doc += gap;
    }
    visit(doc);
  }
}

/** Sets `hits[doc]` for each article of `gaps[from..to)` that `within` holds (every one if null). */
export function markDocs(gaps: Uint8Array, from: number, to: number, within: Uint8Array | null, hits: Uint8Array): void {
  forEachDoc(gaps, from, to, (doc) => {
    if (within === null || within[doc]) hits[doc] = 1;
  });
}
