// Generated articles for bench/parse-throughput.mjs, modelled on the user's seed
// (/work/shared/seed/*.txt) and articles/**/*.txt: varied navigation, breadcrumbs, captions,
// date wordings, bylines, related headlines, embeds, disclaimers, sign-offs, accents, NBSP and
// CRLF. Deterministic (seeded PRNG), in memory only.

import { prng } from './generate.mjs';

const NAV = [
  ['• Live', '    • Audio Only', '  • google plus', '  • facebook', '  • twitter'],
  ['• Live', '  • Share on Facebook', '  • Share on X', '  • WhatsApp', '  • Email'],
  ['Menu', 'Search', '• Home', '• News', '• Sport'],
  ['Skip to content', '• facebook', '• twitter', '• telegram'],
  [],
];
const CRUMBS = ['News > Palestine', 'News > World > Europe', 'Home > News > Sport', 'News > Latin America', 'News › Business › Economy', 'News > Science'];
const PLACES = ['Bogotá', 'São Paulo', 'Medellín', 'Zürich', 'Kraków', 'Moscow', 'Gaza', 'Nairobi', 'Québec', 'Lima', 'Doha', 'Hanoi', 'Port Example', 'Sampleburg'];
const PEOPLE = ['Maria Zakharova', 'Mikhail Bogdanov', 'José Núñez', 'Hélène Dubois', 'Ana de la Cruz', 'Kwame Mensah', 'Jürgen Müller', 'Li Mei', 'Sergey Lavrov'];
const ROLES = ['spokesperson', 'Foreign Minister', 'mayor', 'union leader', 'Deputy Minister', 'coach'];
const GROUPS = ['farmers', 'teachers', 'nurses', 'fishing crews', 'students', 'residents', 'dock workers'];
const THINGS = ['a trade agreement', 'the new budget', 'a ceasefire plan', 'the water treaty', 'rail investment', 'school meals', 'port expansion'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CREDITS = ['X/ @Lantidiplomatic', 'EFE', 'Reuters', 'AFP', 'Sample Agency', 'Twitter/ @PresidenciaCo'];

function tools(rand) {
  const pick = (l) => l[Math.floor(rand() * l.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  return { pick, int, chance: (p) => rand() < p };
}

function sentence(t) {
  const sp = t.chance(0.05) ? '\u00a0' : ' ';
  switch (t.int(0, 5)) {
    case 0:
      return `On Thursday, the ${t.pick(ROLES)} ${t.pick(PEOPLE)} confirmed that representatives will hold meetings in ${t.pick(PLACES)}.`;
    case 1:
      return `Thousands of ${t.pick(GROUPS)} gathered in ${t.pick(PLACES)} to protest against ${t.pick(THINGS)}.`;
    case 2:
      return `"We will not accept ${t.pick(THINGS)} without a real debate,"${sp}said ${t.pick(PEOPLE)}.`;
    case 3:
      return `At least ${t.int(3, 900)} ${t.pick(GROUPS)} were affected, according to officials in ${t.pick(PLACES)}.`;
    case 4:
      return `The talks, which began at 10:30 on ${t.pick(MONTHS)} ${t.int(1, 28)}, are expected to last ${t.int(2, 9)} days.`;
    default:
      return `Meanwhile, ${t.pick(GROUPS)} called for ${t.pick(THINGS)} to be reviewed before the end of the year.`;
  }
}

const para = (t, lo, hi) => Array.from({ length: t.int(lo, hi) }, () => sentence(t)).join(' ');

function headline(t) {
  const cap = (s) => s.replace(/(^|\s)(\p{Ll})/gu, (_, a, c) => a + c.toUpperCase());
  switch (t.int(0, 3)) {
    case 0:
      return `${cap(t.pick(GROUPS))} Protest ${cap(t.pick(THINGS))} in ${t.pick(PLACES)}`;
    case 1:
      return `${t.pick(PLACES)} Authorities to Meet ${cap(t.pick(GROUPS))}: ${t.pick(PEOPLE).split(' ').at(-1)}`;
    case 2:
      return `${t.pick(PLACES)} and ${t.pick(PLACES)} Agree on ${cap(t.pick(THINGS))}`;
    default:
      return `Why ${t.pick(PLACES)} Needs ${cap(t.pick(THINGS))}`;
  }
}

function dateLine(t) {
  const d = t.int(1, 28);
  const m = t.pick(MONTHS);
  const y = t.int(2016, 2024);
  switch (t.int(0, 6)) {
    case 0:
      return `Published ${d} ${m} ${y}`;
    case 1:
      return `Published ${m.slice(0, 3)}. ${d}, ${y} (${t.int(1, 9)} hours ${t.int(1, 59)} minutes ago)`;
    case 2:
      return `teleSUR | ${m} ${d}, ${y}`;
    case 3:
      return `Updated Thursday, ${d} ${m} ${y} ${t.int(0, 23)}:${String(t.int(0, 59)).padStart(2, '0')}`;
    case 4:
      return `Published on ${y}-${String(t.int(1, 12)).padStart(2, '0')}-${String(d).padStart(2, '0')}T14:05:00+02:00`;
    case 5:
      return `Posted ${m} ${d}, ${y} at 2:05 p.m. EST`;
    default:
      return `${d}.${t.int(1, 12)}.${y}`;
  }
}

/** `n` saved-page texts in the seed's layout with variations; `{ rel, text }` each. */
export function pageCorpus(n, seed = 0x5eed) {
  const t = tools(prng(seed));
  const out = [];
  for (let i = 0; i < n; i += 1) {
    const lines = [...t.pick(NAV)];
    lines.push(t.pick(CRUMBS), '', headline(t), '');
    for (let c = t.int(0, 2); c > 0; c -= 1) {
      const cap = `${t.pick(PEOPLE)} in ${t.pick(PLACES)}.`;
      lines.push(`  • ${cap}`, '', `    ${cap} | Photo: ${t.pick(CREDITS)}`, '');
    }
    lines.push(dateLine(t), '');
    if (t.chance(0.3)) lines.push(`By ${t.pick(PEOPLE)}`, '');
    lines.push(para(t, 1, 2), '');
    const count = t.int(6, 15);
    for (let k = 0; k < count; k += 1) {
      if (k === 3 && t.chance(0.4)) lines.push('', headline(t), '');
      if (k === 5 && t.chance(0.2)) lines.push('RELATED:', '', `• ${headline(t)}`, `• ${headline(t)}`, '');
      if (k === 6 && t.chance(0.15)) {
        lines.push(`${sentence(t)} pic.twitter.com/Ab${t.int(100, 999)}xyz`, '', `— teleSUR English (@telesurenglish) ${t.pick(MONTHS)} ${t.int(1, 28)}, 2023`, '');
      }
      const p = para(t, 1, 4);
      lines.push(t.chance(0.1) ? p.replace(/(.{70,80}) /g, '$1\n') : p, '');
    }
    if (t.chance(0.15)) lines.push('The opinions expressed in this article are the author\'s own and do not necessarily reflect the views of the publication.', '');
    if (t.chance(0.3)) lines.push(`teleSUR/ ${t.pick(['JF', 'MS', 'EFE'])}`, '');
    lines.push(t.pick(['Post with no comments.', '3 comments.', 'Comments (5)']));
    if (t.chance(0.2)) lines.push('', '• Facebook | Twitter | Email', '© Example News');
    const text = lines.join(t.chance(0.15) ? '\r\n' : '\n');
    out.push({ rel: `gen/section-${i % 12}/page-${i}.txt`, text });
  }
  return out;
}

/** `n` ordinary plain-text notes: headline, maybe a date and byline, wrapped paragraphs. */
export function plainCorpus(n, seed = 0x9a1e) {
  const t = tools(prng(seed));
  const out = [];
  for (let i = 0; i < n; i += 1) {
    const lines = [headline(t)];
    if (t.chance(0.6)) lines.push(`${t.int(1, 28)} ${t.pick(MONTHS)} ${t.int(2016, 2024)}`);
    if (t.chance(0.4)) lines.push(`By ${t.pick(PEOPLE)}`);
    lines.push('');
    for (let k = t.int(6, 15); k > 0; k -= 1) lines.push(para(t, 1, 4).replace(/(.{60,72}) /g, '$1\n'), '');
    out.push({ rel: `notes/note-${i}.txt`, text: lines.join(t.chance(0.15) ? '\r\n' : '\n') });
  }
  return out;
}
