/**
 * Every SIGWINCH redraws the whole screen, even one after which the terminal's size is what it
 * was. A terminal made smaller moves what it shows (xterm.js and VTE keep the cursor's row in
 * view by dropping rows from the top) and does not move it back when it grows again. Node
 * reads the size only when it handles the signal and emits `resize` only when the size
 * changed, so a terminal resized and back before that (a window dragged quickly, a tiling
 * manager's relayout) emits nothing: Ink's incremental mode then goes on diffing against rows
 * that are no longer where it wrote them, and the screen stays shifted until something redraws
 * every row. A `resize` event makes Ink start afresh (patches/ink+6.8.0.patch clears on every
 * resize in incremental mode).
 */

/** What {@link redrawOnEveryWinch} needs of the process: the SIGWINCH listener. */
export interface WinchSource {
  on(event: 'SIGWINCH', listener: () => void): unknown;
  off(event: 'SIGWINCH', listener: () => void): unknown;
}

/** Installs the listener; returns the function that removes it. */
export function redrawOnEveryWinch(stdout: NodeJS.WriteStream, source: WinchSource = process): () => void {
  // Node's own SIGWINCH listener refreshes `columns`/`rows` and emits `resize` if they changed;
  // it may run before or after this one. So the check waits for a microtask, when every
  // listener of this signal has run: a `resize` since the last check means Node handled it.
  let resized = false;
  const onResize = () => {
    resized = true;
  };
  const onWinch = () => {
    queueMicrotask(() => {
      if (!resized) stdout.emit('resize');
      resized = false;
    });
  };
  stdout.on('resize', onResize);
  source.on('SIGWINCH', onWinch);
  return () => {
    stdout.off('resize', onResize);
    source.off('SIGWINCH', onWinch);
  };
}
