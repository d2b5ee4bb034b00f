import { describe, expect, test } from 'vitest';
import type { ArticleSummary } from '../../src/library/model/library.js';
import { dateColumnWidth, dateLabel } from '../../src/state/date-column.js';
import { sectionCount } from '../../src/ui/SectionList.js';

const item = (published: string | null) => ({ published }) as ArticleSummary;

describe('the headline date column (issue 12, item 6)', () => {
  test('the year shows where it is not the current one', () => {
    expect(dateLabel('2026-03-04', 2026)).toBe('03-04');
    expect(dateLabel('2024-03-04', 2026)).toBe('2024-03-04');
    expect(dateLabel(null, 2026)).toBe('');
  });

  test('the column is as wide as the list needs', () => {
    expect(dateColumnWidth([item('2026-01-02'), item(null)], 2026)).toBe(5);
    expect(dateColumnWidth([item('2026-01-02'), item('2025-12-31')], 2026)).toBe(10);
    expect(dateColumnWidth([item(null)], 2026)).toBe(0);
  });
});

describe('section counts', () => {
  const row = (unread: number, total: number) => ({ kind: 'section' as const, label: 'Climate', unread, total });
  test('unread/total where there is room, the unread number alone where there is not', () => {
    expect(sectionCount(row(2, 4), 20)).toBe(' 2/4');
    expect(sectionCount(row(0, 4), 20)).toBe(' 0/4');
    expect(sectionCount(row(2, 4), 12)).toBe(' 2');
    expect(sectionCount(row(0, 0), 20)).toBe('');
  });
});
