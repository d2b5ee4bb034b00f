/**
 * Every SIGWINCH redraws (issue 10): one after which the size is unchanged emits `resize` (Ink
 * then draws every row again), and one that changed the size emits none of its own, whether
 * Node's listener (which refreshes the size and emits `resize`) runs before it or after it.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { redrawOnEveryWinch } from '../../src/ui/redraw-on-winch.js';

/** A terminal's stdout with Node's SIGWINCH behaviour: `refresh` emits `resize` only on a change. */
function fakeTerminal(columns: number, rows: number) {
  const stdout = Object.assign(new EventEmitter(), { columns, rows, size: [columns, rows] as [number, number] });
  const out = stdout as unknown as NodeJS.WriteStream & { size: [number, number] };
  const refresh = () => {
    if (out.size[0] === out.columns && out.size[1] === out.rows) return;
    [out.columns, out.rows] = out.size;
    out.emit('resize');
  };
  let resizes = 0;
  out.on('resize', () => resizes++);
  return { out, refresh, resizes: () => resizes };
}

describe('redrawOnEveryWinch', () => {
  for (const nodeFirst of [true, false]) {
    it(`emits resize once per SIGWINCH, size changed or not (Node's listener ${nodeFirst ? 'first' : 'last'})`, async () => {
      const t = fakeTerminal(100, 30);
      const signals = new EventEmitter();
      if (nodeFirst) signals.on('SIGWINCH', t.refresh);
      const stop = redrawOnEveryWinch(t.out, signals as never);
      if (!nodeFirst) signals.on('SIGWINCH', t.refresh);

      // Resized and back before the signal is read: Node emits nothing, so this does.
      signals.emit('SIGWINCH');
      await Promise.resolve();
      expect(t.resizes()).toBe(1);
      // A real change: Node's own `resize`, and no second one.
      t.out.size = [80, 24];
      signals.emit('SIGWINCH');
      await Promise.resolve();
      expect(t.resizes()).toBe(2);
      expect([t.out.columns, t.out.rows]).toEqual([80, 24]);
      signals.emit('SIGWINCH');
      await Promise.resolve();
      expect(t.resizes()).toBe(3);

      stop();
      signals.emit('SIGWINCH');
      await Promise.resolve();
      expect(t.resizes()).toBe(3);
    });
  }
});
