// Scavenges of the reader's young generation while the keys pause (issue 10). V8 scavenges when
// the young generation (16 MB, young-generation.ts) is full, whichever task is running then: a
// probe of 8 Enters once idle at 10,000 articles (pty, 120x40) found a scavenge of 10-20 ms
// inside 2 of them and inside one K, where the frame itself took about 4. The survivors of a
// reader's young generation (state, prepared article lines) make a scavenge cost milliseconds;
// done in a pause in the keys instead, every key after the pause starts with an empty nursery.
import { gcFunction, pauseCollector } from './full-collection.js';

/** Scavenges the young generation now (on the calling thread); false if V8 would not. */
export function collectYoung(): boolean {
  const gc = gcFunction();
  if (gc === null) return false;
  gc({ type: 'minor' });
  return true;
}

const atPause = pauseCollector(collectYoung);
/**
 * Scavenges once no input has come for `PAUSE_MS` (at once if none has come for that long):
 * asked after each key and once the articles ahead are prepared, whose garbage it sweeps.
 */
export const scavengeAtNextPause = atPause.request;
/** Told of each input event (by the reader's UI): puts a requested scavenge off. */
export const inputCameForScavenge = atPause.input;
/** Holds the scavenge while the reader answers a key (`PauseCollector.hold`). */
export const holdScavenge = atPause.hold;
/**
 * Scavenges once the current turn's work is done (`setImmediate`: after a frame React has
 * scheduled): for the moment the whole list has replaced a warm start's first screen. Its
 * summaries and snapshot fill the young generation; the scavenge that copies them (15-20 ms at
 * 10,000 articles) fell inside the first page turned after an Enter typed on the first screen.
 */
export function scavengeSoon(): void {
  setImmediate(collectYoung);
}
