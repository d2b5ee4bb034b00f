import { DamagedMarksError } from './damaged.js';
import { isPosition, type Position } from './position.js';
import type { PositionLookup } from './id-lookup.js';
import { PackedIds } from './packed-ids.js';

export type { PositionLookup } from './id-lookup.js';

const NONE = PackedIds.decode('', '');

/**
 * The positions of one mark file (format 4) as strings written side by side: the ids, packed
 * (`packed-ids.ts`), and their positions in the same order, one per line.
 * Nothing is made per entry when the file is read (200,000 positions as an object took
 * a quarter of the start with a million marks, measured); a position is cut out when asked for.
 */
export class PositionTable implements PositionLookup {
  private values: string[] | null = null;

  private constructor(
    private readonly ids: PackedIds,
    private readonly text: string,
    private readonly fallback: Map<string, Position> | null,
  ) {}

  static readonly EMPTY = new PositionTable(NONE, '', null);

  /**
   * From the strings of a mark file; lines that are not positions are dropped. Throws
   * {@link DamagedMarksError} when the ids or the number of lines do not add up (a lost or added
   * line break would pair every later position with another article).
   */
  static fromText(packed: string, other: string, values: string): PositionTable {
    const ids = PackedIds.decode(packed, other);
    const lines = lineCount(values);
    if (lines !== ids.size) throw new DamagedMarksError(`it has ${lines} position(s) for ${ids.size} article(s), so they cannot be paired`);
    if (ids.wasSorted) return new PositionTable(ids, values, null);
    // Hand-edited out of order: the values follow the ids as written, packed ones first.
    const list = values.split('\n');
    const written = [...PackedIds.decodeAsWritten(packed), ...other.split('\n')];
    return PositionTable.fromEntries(written.map((id, k): [string, unknown] => [id, readPosition(list[k])]));
  }

  /** From an older mark file's `{ id: position }` object, or any pairs. */
  static fromEntries(entries: Iterable<[string, unknown]>): PositionTable {
    const map = new Map<string, Position>();
    for (const [id, p] of entries) if (id !== '' && isPosition(p) && p !== 0) map.set(id, p);
    return new PositionTable(NONE, '', map);
  }

  /** The strings for a mark file. */
  static toText(positions: ReadonlyMap<string, Position>): { packed: string; other: string; values: string } {
    const ids = PackedIds.encode([...positions.keys()].filter((id) => id !== '' && !id.includes('\n')));
    const order = PackedIds.decode(ids.packed, ids.other);
    return { ...ids, values: [...order].map((id) => String(positions.get(id))).join('\n') };
  }

  get(id: string): Position | undefined {
    if (this.fallback) return this.fallback.get(id);
    const k = this.ids.indexOf(id);
    if (k === -1) return undefined;
    this.values ??= this.text.split('\n');
    return readPosition(this.values[k]);
  }

  *keys(): Iterable<string> {
    if (this.fallback) yield* this.fallback.keys();
    else for (const id of this.ids) if (this.get(id) !== undefined) yield id;
  }

  /** Every id and position. */
  *entries(): Iterable<[string, Position]> {
    for (const id of this.keys()) yield [id, this.get(id)!];
  }
}

/** How many lines `text` holds (none when empty). */
function lineCount(text: string): number {
  if (text === '') return 0;
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** A position line: digits are an old line number, `P:C` an anchor; anything else is none. */
function readPosition(line: string | undefined): Position | undefined {
  if (line === undefined || line === '' || line === '0') return undefined;
  const value: Position = /^\d+$/.test(line) ? Number(line) : line;
  return isPosition(value) ? value : undefined;
}
