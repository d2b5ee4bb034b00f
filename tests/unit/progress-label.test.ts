/** The loading words of the status bar (`ui/progress-label.ts`). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupDigits as count } from '../../src/library/text/group-digits.js';
import { progressLabel } from '../../src/ui/progress-label.js';

describe('progressLabel', () => {
  it('counts files read and articles indexed with their thousands grouped', () => {
    expect(progressLabel({ phase: 'reading', done: 1200, total: 10000 })).toBe('Reading 1,200 of 10,000 files…');
    expect(progressLabel({ phase: 'indexing', done: 3000, total: 1234567 })).toBe('Indexing for search 3,000 of 1,234,567…');
    expect(progressLabel({ phase: 'reading', done: 0, total: 0 })).toBe('Reading the library…');
    expect(progressLabel(null)).toBeNull();
  });

  it('groups digits as toLocaleString("en-US") does, for any whole number', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => count(n) === n.toLocaleString('en-US')));
  });
});
