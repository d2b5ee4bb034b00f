import type { Position } from './position.js';

/** A set of ids as the marks need it: membership and iteration. */
export interface IdLookup extends Iterable<string> {
  has(id: string): boolean;
}

/** Positions by id, as the marks need them: a lookup and the ids. */
export interface PositionLookup {
  get(id: string): Position | undefined;
  keys(): Iterable<string>;
}
