import { Box, Text } from 'ink';
import type { Hint } from '../keys/key-help.js';
import { displayWidth, truncateStartToWidth, truncateToWidth } from '../library/text/text-width.js';
import { useTheme } from './use-theme.js';
import { painter } from './styled-text.js';

/** Props of {@link StatusBar}. */
export interface StatusBarProps {
  /** The library's label (its folder, or what the CLI calls it). */
  label: string;
  unread: number;
  total: number;
  /** Where you are: `3/40` in a list, `Top`/`42%`/`Bot` in an article. */
  position: string;
  /** Key hints for the focused pane, from the key table. */
  hints: readonly Hint[];
  /** A message for the user (store notices, `Marked 12 read`), or null. */
  notice: string | null;
  /** What the library is doing (`Reading 1,200 of 10,000 files…`), or null once loaded. */
  activity?: string | null;
  /**
   * The lists are still filling (files are being read): the counts are left out, since they
   * would only be counts so far, and `activity` takes their place.
   */
  partial?: boolean;
  /** Files the library skipped. */
  problems: number;
  /** Changes the store could not write yet (a full disk): said on every frame until they are saved. */
  unsaved?: number;
  width: number;
}

/** The fewest columns the library's label keeps while a notice is shown. */
const LABEL_MIN = 12;

/** Fits as many hints as there is room for, in table order. */
function hintText(hints: readonly Hint[], room: number): string {
  let out = '';
  for (const h of hints) {
    const next = `${out}${out ? '  ' : ''}${h.key} ${h.label}`;
    if (displayWidth(next) > room) break;
    out = next;
  }
  return out;
}

/** The status line's pieces, each drawn in its own token, fitted to the width together. */
export interface StatusPieces {
  /** Library, counts, position: `status.bar`. */
  left: string;
  /** Changes not saved: `text.warning`. */
  pending: string;
  /** The notice: `status.notice`. */
  notice: string;
  /** Blank columns before the hints. */
  gap: number;
  /** Key hints: `text.muted`, and a space after them when there are any. */
  right: string;
}

/** What the status line says, fitted to `width`. */
export function statusPieces(props: StatusBarProps): StatusPieces {
  const { label, unread, total, position, hints, notice, activity = null, partial = false, problems, unsaved = 0, width } = props;
  const skipped = problems > 0 ? ` · ${problems} ${problems === 1 ? 'file' : 'files'} skipped` : '';
  const counts = partial && activity ? activity : `${unread} unread of ${total}`;
  const busy = activity && !partial ? ` · ${activity}` : '';
  const after = ` · ${counts} · ${position}${busy}${skipped}`;
  const pendingFull = unsaved > 0 ? ` · ${unsaved} not saved` : '';
  const noticeFull = notice ? ` ${notice}` : '';
  // The library's path gives way to what is said now (its start goes first, as vim shortens a
  // file name), down to LABEL_MIN columns; past that the words at the end are cut instead.
  const said = displayWidth(pendingFull) + displayWidth(noticeFull);
  const labelRoom = Math.max(Math.min(displayWidth(label), LABEL_MIN), width - 1 - displayWidth(after) - said);
  const left = truncateToWidth(` ${truncateStartToWidth(label, labelRoom)}${after}`, width);
  const pending = truncateToWidth(pendingFull, Math.max(0, width - displayWidth(left)));
  const noticeText = truncateToWidth(noticeFull, Math.max(0, width - displayWidth(left) - displayWidth(pending)));
  const used = displayWidth(left) + displayWidth(pending) + displayWidth(noticeText);
  const right = hintText(hints, Math.max(0, width - used - 3));
  const gap = Math.max(0, width - used - displayWidth(right) - (right ? 1 : 0));
  return { left, pending, notice: noticeText, gap, right };
}

/**
 * The bottom line: library, counts, position, notices, and key hints. ONE text of pieces styled
 * beforehand (issue 10), not a `Text` with a span for each.
 */
export function StatusBar(props: StatusBarProps) {
  const theme = useTheme();
  const { left, pending, notice, gap, right } = statusPieces(props);
  const text = painter(theme['status.bar'])(left) + painter(theme['text.warning'])(pending) + painter(theme['status.notice'])(notice)
    + ' '.repeat(gap) + painter(theme['text.muted'])(right) + (right ? ' ' : '');
  return (
    <Box width={props.width} height={1} overflow="hidden">
      <Text wrap="truncate">{text}</Text>
    </Box>
  );
}
