/**
 * The reader's warm-up pages (src/ui/warm-frames.tsx): an article pane paged in a second Ink
 * instance right after the first frame, so the first real pages run optimised code. What a user
 * would notice if it went wrong: its frames on their screen, or keys waiting behind its pages.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

// Under CI=true Ink draws only the last frame (is-in-ci, read when Ink loads): the warm-up
// would then draw nothing, so the first test could not tell a drawn page from none.
for (const key of Object.keys(process.env)) if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) delete process.env[key];
const { warmFrames, unseenTerminal } = await import('../../src/ui/warm-frames.js');

const now = () => Promise.resolve();

describe('warmFrames', () => {
  afterEach(() => vi.restoreAllMocks());

  it('draws every page into its own terminal and nothing into the reader’s', async () => {
    const out = vi.spyOn(process.stdout, 'write');
    const one = await warmFrames(120, 40, now, 1);
    const six = await warmFrames(120, 40, now, 6);
    expect(out).not.toHaveBeenCalled();
    expect(one).toBeGreaterThan(1_000);
    // Each page after the first changes the pane's rows: five more frames are written.
    expect(six - one).toBeGreaterThan(5 * 1_000);
  });

  it('yields a turn before each page after the first, so a key that comes meanwhile goes first', async () => {
    let turns = 0;
    await warmFrames(80, 24, async () => {
      turns += 1;
    }, 8);
    expect(turns).toBe(7);
  });

  it('is a terminal of the given size that shows nothing', () => {
    const term = unseenTerminal(100, 30);
    term.write('abc');
    expect([term.isTTY, term.columns, term.rows, term.written]).toEqual([true, 100, 30, 3]);
  });
});
