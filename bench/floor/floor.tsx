// The floor: the least an Ink reader can cost. It reads N headline strings from a JSON file,
// renders the rows that fit, and moves a highlight on j/k; q or Ctrl-C quits. Bundled like the
// app (bench/measure-floor.mjs), so the difference to inkpress is inkpress's own work.
import { readFileSync } from 'node:fs';
import { useState } from 'react';
import { Box, Text, render, useApp, useInput, useStdout } from 'ink';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: floor.js HEADLINES.json\n');
  process.exit(2);
}
const headlines: string[] = JSON.parse(readFileSync(file, 'utf8')) as string[];

function Floor() {
  const { exit } = useApp();
  const { stdout } = useStdout();
  // Title and status lines, plus one spare row: Ink clears the whole screen on every frame
  // once its output is as tall as the terminal (ink #359).
  const visible = Math.max(1, (stdout.rows || 24) - 3);
  const [cursor, setCursor] = useState(0);
  // Several keys can arrive in one stdin chunk; each counts.
  useInput((input) => {
    for (const key of input) {
      if (key === 'j') setCursor((c) => Math.min(headlines.length - 1, c + 1));
      else if (key === 'k') setCursor((c) => Math.max(0, c - 1));
      else if (key === 'q') exit();
    }
  });
  const top = Math.max(0, Math.min(cursor - visible + 1, headlines.length - visible));
  const rows = headlines.slice(top, top + visible);
  return (
    <Box flexDirection="column">
      <Text bold>floor · {headlines.length} headlines</Text>
      {rows.map((h, i) => (
        <Text key={top + i} inverse={top + i === cursor} wrap="truncate-end">
          {h}
        </Text>
      ))}
      <Text dimColor>
        {cursor + 1}/{headlines.length} · j/k move · q quit
      </Text>
    </Box>
  );
}

render(<Floor />, { exitOnCtrlC: true });
