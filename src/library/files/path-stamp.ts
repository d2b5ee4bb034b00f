/**
 * A path's stamp: what changes when a folder gains, loses or renames an entry (its times and
 * size), or a file is written or replaced (its times, size and identity). A scan stamps each
 * path it looks at before it reads it, so a change made while it reads shows as a new stamp.
 * Following a folder compares stamps to find changes no watch told of without reading every file.
 */
import { statSync, type Stats } from 'node:fs';

/** The stamp of what `stat` (or `lstat`) gave. */
export const stampOf = (st: Stats): string => `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;

/** The stamp of `path` now, following links; `gone` when it cannot be looked at. */
export function stampNow(path: string): string {
  try {
    return stampOf(statSync(path));
  } catch {
    return 'gone';
  }
}
