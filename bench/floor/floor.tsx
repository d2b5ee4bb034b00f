// The floor: the least an Ink reader can cost. It reads N headline strings from a JSON file,
// renders the rows that fit, and moves a highlight on j/k; Enter shows one article (a second
// JSON file: headline and paragraphs, wrapped once when opened), Space and b page it, Esc goes
// back; q or Ctrl-C quits. Bundled like the app (bench/measure-floor.mjs), so the difference to
// inkpress is inkpress's own work.
import { readFileSync } from 'node:fs';
import { useState } from 'react';
import { Box, Text, render, useApp, useInput, useStdout } from 'ink';
import { articleLines } from './wrap-words.mjs';

const [file, articleFile] = process.argv.slice(2);
if (!file || !articleFile) {
  process.stderr.write('usage: floor.js HEADLINES.json ARTICLE.json\n');
  process.exit(2);
}
const headlines: string[] = JSON.parse(readFileSync(file, 'utf8')) as string[];
const article = JSON.parse(readFileSync(articleFile, 'utf8')) as { headline: string; paragraphs: string[] };

function Floor() {
  const { exit } = useApp();
  const { stdout } = useStdout();
  // Title and status lines, plus one spare row: Ink clears the whole screen on every frame
  // once its output is as tall as the terminal (ink #359).
  const visible = Math.max(1, (stdout.rows || 24) - 3);
  const [cursor, setCursor] = useState(0);
  // The open article's lines and first shown line (null: the list is shown).
  const [open, setOpen] = useState<{ lines: string[]; top: number } | null>(null);
  const page = (by: number) => setOpen((o) => o && { ...o, top: Math.max(0, Math.min(o.top + by, o.lines.length - visible)) });
  // Several keys can arrive in one stdin chunk; each counts.
  useInput((input, key) => {
    if (key.return) setOpen({ lines: articleLines(article.headline, article.paragraphs, (stdout.columns || 80) - 1), top: 0 });
    else if (key.escape) setOpen(null);
    for (const ch of input) {
      if (ch === 'j') setCursor((c) => Math.min(headlines.length - 1, c + 1));
      else if (ch === 'k') setCursor((c) => Math.max(0, c - 1));
      else if (ch === ' ') page(visible);
      else if (ch === 'b') page(-visible);
      else if (ch === 'q') exit();
    }
  });
  if (open) {
    return (
      <Box flexDirection="column">
        <Text bold>floor · article</Text>
        <Text>{open.lines.slice(open.top, open.top + visible).join('\n')}</Text>
      </Box>
    );
  }
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
