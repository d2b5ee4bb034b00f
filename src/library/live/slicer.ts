import { backgroundTurn } from '../model/next-turn.js';

/**
 * Work in slices this long between yields, so the reader keeps answering keys during a load: a
 * key waits for the slice in progress and then takes its frame (about 5-8 ms), within one 60 Hz
 * frame; the keys after it find no slice, as none runs while keys come (`backgroundTurn`).
 */
const SLICE_MS = 4;

/**
 * Cuts long synchronous work into slices: `pause()` yields to the event loop once the current
 * slice has run for {@link SLICE_MS}, and says whether it did (a good moment to publish).
 */
export class Slicer {
  #started = Date.now();

  async pause(force = false): Promise<boolean> {
    if (!force && Date.now() - this.#started < SLICE_MS) return false;
    await backgroundTurn();
    this.#started = Date.now();
    return true;
  }
}
