import { useStdout } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { Size } from '../state/layout.js';

/** Sizes used when the output stream does not know its own (not a terminal). */
export const FALLBACK_SIZE: Size = { columns: 80, rows: 24 };

function sizeOf(stdout: NodeJS.WriteStream): Size {
  return { columns: stdout.columns || FALLBACK_SIZE.columns, rows: stdout.rows || FALLBACK_SIZE.rows };
}

/**
 * The terminal's size, updated on every `resize` of stdout. `onResize` is called from the event
 * itself, so the reader can re-lay out in the same frame. The listener is PREPENDED so the new
 * layout is in place before Ink's own resize handler redraws (otherwise Ink would first redraw
 * the old, too-wide layout at the new width).
 */
export function useTerminalSize(onResize?: (size: Size) => void): Size {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  const callback = useRef(onResize);
  callback.current = onResize;
  useEffect(() => {
    const handle = () => {
      const next = sizeOf(stdout);
      setSize((prev) => (prev.columns === next.columns && prev.rows === next.rows ? prev : next));
      callback.current?.(next);
    };
    stdout.prependListener('resize', handle);
    // A resize between the first render and this effect would otherwise be missed.
    handle();
    return () => {
      stdout.off('resize', handle);
    };
  }, [stdout]);
  return size;
}
