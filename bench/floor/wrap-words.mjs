// Word wrap for the floors (bench/floor/): the least a reader must do to show an article's
// paragraphs in `width` columns. Code units stand for columns (the generated articles are
// Latin text); a word longer than the line is cut.

/** The article as screen lines: headline, blank line, then each paragraph wrapped, blank between. */
export function articleLines(headline, paragraphs, width) {
  const out = [headline.slice(0, width), ''];
  for (const p of paragraphs) {
    let line = '';
    for (const word of p.split(/\s+/)) {
      if (!word) continue;
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = '';
      }
      line = line ? `${line} ${word}` : word.slice(0, width);
    }
    if (line) out.push(line);
    out.push('');
  }
  return out;
}
