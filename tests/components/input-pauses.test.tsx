/**
 * The library's last collection of a start waits for a pause in the keys: the reader tells it of
 * every input event (src/ui/use-input-pauses.ts), so a reader paging through the start is never
 * made to wait for a full garbage collection.
 */
import { describe, expect, it, vi } from 'vitest';
import { renderReader } from '../helpers/render-reader.js';

const inputs: number[] = [];
vi.mock('../../src/library/live/full-collection.js', async (importActual) => ({
  ...(await importActual<typeof import('../../src/library/live/full-collection.js')>()),
  inputCame: () => inputs.push(Date.now()),
}));

describe('input pauses', () => {
  it('each key the reader reads is told to the collection waiting for a pause', async () => {
    const reader = await renderReader({ columns: 100, rows: 24 });
    const before = inputs.length;
    await reader.press('j', 'j', 'k');
    expect(inputs.length - before).toBe(3);
    reader.unmount();
  });
});
