import { endianness } from 'node:os';
import { DamagedMarksError } from './damaged.js';
import type { IdLookup } from './id-lookup.js';
import { SortedIds } from './sorted-ids.js';

/** An article id as inkpress makes them: 16 lowercase hex digits (64 bits of SHA-256). */
const HEX16 = /^[0-9a-f]{16}$/;

/**
 * A set of ids as a mark file keeps it (format 4): the usual 16-hex-digit ids packed as 8 bytes
 * each, sorted, in one base64 string (`packed`), and any other id in a sorted newline-separated
 * string (`other`, see `sorted-ids.ts`). Reading a million ids is then one base64 decode of
 * 11 MB into a buffer looked up by binary search: no string or object per id, no offset table
 * (the newline form took most of a 1,000,000-mark start: 18 bytes per id to read, unescape and index).
 */
export class PackedIds implements IdLookup {
  private constructor(
    private readonly words: Uint32Array,
    private readonly other: SortedIds,
    /** Whether both parts were in order as read (so places line up with a list written beside them). */
    readonly wasSorted: boolean,
  ) {}

  /**
   * The two strings of a mark file; ids out of order (a hand-edited file) are sorted first.
   * Throws {@link DamagedMarksError} when `packed` is not whole base64 of 8 bytes per id: base64
   * decoding skips a byte it does not know, which would shift every id after it into another.
   */
  static decode(packed: string, other: string): PackedIds {
    const words = bigEndianWords(decodeWhole(packed));
    const rest = new SortedIds(other);
    const ids = new PackedIds(words, rest, rest.wasSorted);
    if (ascending(words)) return ids;
    const sorted = PackedIds.encode(ids);
    return new PackedIds(PackedIds.decode(sorted.packed, '').words, rest, false);
  }

  /** The packed ids in the order they were written (for pairing a hand-edited file's positions). */
  static decodeAsWritten(packed: string): string[] {
    const bytes = decodeWhole(packed);
    const ids: string[] = [];
    for (let k = 0; k + 8 <= bytes.length; k += 8) ids.push(bytes.toString('hex', k, k + 8));
    return ids;
  }

  /** The two strings for a set of ids (their order: packed ids by value, then the others). */
  static encode(ids: Iterable<string>): { packed: string; other: string } {
    const hex = [...new Set(ids)].filter((id) => HEX16.test(id)).sort();
    const bytes = Buffer.alloc(hex.length * 8);
    hex.forEach((id, k) => bytes.write(id, k * 8, 'hex'));
    const rest: string[] = [];
    for (const id of ids) if (!HEX16.test(id)) rest.push(id);
    return { packed: bytes.toString('base64'), other: SortedIds.join(rest) };
  }

  get size(): number {
    return this.words.length / 2 + this.other.size;
  }

  /** The id's place: packed ids first (by value), then the others; -1 when absent. */
  indexOf(id: string): number {
    if (this.words.length === 0 && this.other.size === 0) return -1;
    if (!HEX16.test(id)) {
      const k = this.other.indexOf(id);
      return k === -1 ? -1 : this.words.length / 2 + k;
    }
    const hi = Number.parseInt(id.slice(0, 8), 16);
    const lo = Number.parseInt(id.slice(8), 16);
    const w = this.words;
    let a = 0;
    let b = w.length / 2 - 1;
    while (a <= b) {
      const mid = (a + b) >>> 1;
      const h = w[mid * 2]!;
      const l = w[mid * 2 + 1]!;
      if (h === hi && l === lo) return mid;
      if (h < hi || (h === hi && l < lo)) a = mid + 1;
      else b = mid - 1;
    }
    return -1;
  }

  has(id: string): boolean {
    return this.indexOf(id) !== -1;
  }

  *[Symbol.iterator](): Iterator<string> {
    const w = this.words;
    for (let k = 0; k < w.length; k += 2) yield hex8(w[k]!) + hex8(w[k + 1]!);
    yield* this.other;
  }
}

/**
 * The bytes of `packed`, which must be padded base64 (as `encode` writes it) of whole 8-byte ids.
 * Node's decoder skips bytes that are not base64, so one damaged byte shows as a shorter result
 * than the string's length promises (or a length that is no multiple of 8).
 */
function decodeWhole(packed: string): Buffer {
  const bytes = Buffer.from(packed, 'base64');
  const padding = packed.endsWith('==') ? 2 : packed.endsWith('=') ? 1 : 0;
  if (packed.length % 4 !== 0 || bytes.length !== (packed.length / 4) * 3 - padding || bytes.length % 8 !== 0) {
    throw new DamagedMarksError(`its packed ids are damaged: ${packed.length} characters of base64 give ${bytes.length} bytes, not whole 8-byte ids`);
  }
  return bytes;
}

const LITTLE_ENDIAN = endianness() === 'LE';

/**
 * The bytes (8 per id) as 32-bit words in the ids' order: swapped in place and viewed, not
 * copied word by word (that loop took 20-40 ms of a 1,000,000-mark open, profiled).
 */
function bigEndianWords(bytes: Buffer): Uint32Array {
  const count = Math.floor(bytes.length / 8) * 2;
  if (bytes.byteOffset % 4 === 0) {
    const whole = bytes.subarray(0, count * 4);
    if (LITTLE_ENDIAN) whole.swap32();
    return new Uint32Array(whole.buffer, whole.byteOffset, count);
  }
  const words = new Uint32Array(count);
  for (let k = 0; k < count; k++) words[k] = bytes.readUInt32BE(k * 4);
  return words;
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

function ascending(w: Uint32Array): boolean {
  for (let k = 2; k < w.length; k += 2) {
    if (w[k - 2]! > w[k]! || (w[k - 2] === w[k] && w[k - 1]! >= w[k + 1]!)) return false;
  }
  return true;
}
