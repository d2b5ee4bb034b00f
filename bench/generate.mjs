// Synthetic libraries in the saved-page text layout (see shared/seed/*.txt): deterministic
// (seeded PRNG), a few KB an article, ~12 sections in nested folders, with accented place
// names so folded search has work to do. Generated once into bench/out/lib-<n>/ and reused
// while the generator version and size match (meta.json is written last, as the marker).
import { mkdir, rm, writeFile, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Bump when the output changes, so stale libraries are regenerated. */
export const GENERATOR_VERSION = 5;
const SEED = 0x1e55_2023;

/** mulberry32: small, fast, good enough for text. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// [folder, breadcrumb, weight]: uneven weights, the biggest first (newsboat opens the first feed).
export const SECTIONS = [
  ['world/americas', 'News > World > Americas', 24],
  ['world/europe', 'News > World > Europe', 14],
  ['politics', 'News > Politics', 12],
  ['business/economy', 'News > Business > Economy', 10],
  ['world/africa', 'News > Africa', 8],
  ['world/asia', 'News > World > Asia', 7],
  ['world/middle-east', 'News > Middle East', 6],
  ['sport/football', 'News > Sport > Football', 5],
  ['science', 'News > Science', 4],
  ['health', 'News > Health', 4],
  ['culture', 'News > Culture', 3],
  ['technology', 'News > Technology', 3],
];

const PLACES = [
  'Bogotá', 'São Paulo', 'Medellín', 'Asunción', 'Brasília', 'Zürich', 'Kraków', 'Malmö',
  'Reykjavík', 'Düsseldorf', 'Málaga', 'Québec', 'Curaçao', 'Yaoundé', 'Nouméa', 'Montréal',
  'Lima', 'Quito', 'Caracas', 'Havana', 'Santiago', 'Buenos Aires', 'Montevideo', 'La Paz',
  'Moscow', 'Beijing', 'Nairobi', 'Lagos', 'Cairo', 'Doha', 'Tehran', 'Ankara', 'Geneva',
  'Brussels', 'Lisbon', 'Madrid', 'Paris', 'Berlin', 'Warsaw', 'Athens', 'Hanoi', 'Jakarta',
  'Manila', 'Dakar', 'Accra', 'Kinshasa', 'Addis Ababa', 'Johannesburg', 'Córdoba', 'Cúcuta',
];
const FIRST = [
  'María', 'José', 'Luiz', 'Gustavo', 'Ana', 'Olga', 'Sergey', 'Amina', 'Kwame', 'Fatima',
  'Hélène', 'François', 'Jürgen', 'Søren', 'Ngozi', 'Ahmed', 'Li', 'Mei', 'Carlos', 'Inés',
  'Dilma', 'Evo', 'Xiomara', 'Andrés', 'Gabriel', 'Claudia', 'Nicolás', 'Rafael', 'Lula', 'Yuki',
];
const LAST = [
  'Petro', 'da Silva', 'Zakharova', 'Lavrov', 'Mensah', 'Okonkwo', 'Müller', 'Dubois',
  'Hernández', 'Castillo', 'Boric', 'Arce', 'Morales', 'Sheinbaum', 'Núñez', 'Pérez',
  'Kowalski', 'Nakamura', 'Haddad', 'Bukele', 'Ortega', 'Fernández', 'Lopes', 'Ibáñez',
];
const ROLES = [
  'President', 'Foreign Minister', 'Finance Minister', 'the spokesperson', 'Senator',
  'the mayor', 'the central bank governor', 'the union leader', 'Health Minister', 'the coach',
  'the chief prosecutor', 'Ambassador', 'the opposition leader', 'Deputy Minister',
];
const GROUPS = [
  'farmers', 'teachers', 'lorry drivers', 'students', 'nurses', 'miners', 'fishermen',
  'residents', 'indigenous communities', 'dock workers', 'pensioners', 'scientists',
];
const VERBS = [
  'announces', 'rejects', 'welcomes', 'condemns', 'proposes', 'signs', 'debates', 'suspends',
  'approves', 'questions', 'defends', 'unveils', 'postpones', 'investigates', 'backs',
];
const OBJECTS = [
  'pension reform', 'a trade agreement', 'the new budget', 'fuel subsidies', 'a ceasefire plan',
  'the water treaty', 'rail investment', 'a vaccination campaign', 'mining licences',
  'the minimum wage', 'an anti-corruption law', 'port expansion', 'the election timetable',
  'emergency aid', 'a debt restructuring', 'wildfire response', 'football stadium plans',
  'satellite launches', 'the coffee harvest', 'lithium exports', 'school meals',
];
const NOUNS = [
  'talks', 'protests', 'negotiations', 'elections', 'inflation', 'floods', 'drought', 'strikes',
  'investment', 'sanctions', 'exports', 'tourism', 'harvest disputes', 'summit preparations', 'power cuts',
];
const ADVERBS = ['on Thursday', 'on Monday', 'late on Friday', 'this week', 'earlier today', 'on Sunday evening'];
const SOURCES = [
  'state media', 'local officials', 'the RIA Novosti agency', 'witnesses', 'a government statement',
  'the electoral council', 'union representatives', 'Reuters', 'the ministry', 'regional press',
];
const CREDITS = ['X/ @Lantidiplomatic', 'EFE', 'Reuters', 'AFP', 'AP', 'Twitter/ @PresidenciaCo', 'teleSUR'];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
];

function picker(rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  return { pick, int };
}

function titleCase(s) {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_, sp, c) => sp + c.toUpperCase());
}

function person(p) {
  return `${p.pick(ROLES)} ${p.pick(FIRST)}\u00a0${p.pick(LAST)}`;
}

function sentence(p) {
  const s = clause(p);
  return s[0].toUpperCase() + s.slice(1);
}

function clause(p) {
  switch (p.int(0, 7)) {
    case 0:
      return `${person(p)} ${p.pick(VERBS)} ${p.pick(OBJECTS)} in ${p.pick(PLACES)} ${p.pick(ADVERBS)}, according to ${p.pick(SOURCES)}.`;
    case 1:
      return `Thousands of ${p.pick(GROUPS)} gathered in ${p.pick(PLACES)} to protest against ${p.pick(OBJECTS)}.`;
    case 2:
      return `"We will not accept ${p.pick(OBJECTS)} without a real debate," said ${p.pick(FIRST)} ${p.pick(LAST)}, who represents ${p.pick(GROUPS)} in ${p.pick(PLACES)}.`;
    case 3:
      return `The ${p.pick(NOUNS)} in ${p.pick(PLACES)} have affected at least ${p.int(3, 900)} ${p.pick(GROUPS)}, ${p.pick(SOURCES)} reported.`;
    case 4:
      return `Analysts expect ${p.pick(NOUNS)} to continue until ${p.pick(MONTHS)}, when ${person(p)} is due to visit ${p.pick(PLACES)}.`;
    case 5:
      return `Officials in ${p.pick(PLACES)} and ${p.pick(PLACES)} said ${p.pick(OBJECTS)} would cost around ${p.int(2, 480)} million dollars.`;
    case 6:
      return `Meanwhile, ${p.pick(GROUPS)} from ${p.pick(PLACES)} called for ${p.pick(OBJECTS)} to be reviewed before the end of the year.`;
    default:
      return `${titleCase(p.pick(NOUNS))} have dominated the agenda since ${p.pick(MONTHS)}, when ${person(p)} first raised the issue.`;
  }
}

function paragraph(p, lo, hi) {
  const n = p.int(lo, hi);
  const parts = [];
  for (let i = 0; i < n; i += 1) parts.push(sentence(p));
  return parts.join(' ');
}

function headline(p) {
  switch (p.int(0, 4)) {
    case 0:
      return `${p.pick(LAST)} ${titleCase(p.pick(VERBS))} ${titleCase(p.pick(OBJECTS))} in ${p.pick(PLACES)}`;
    case 1:
      return `${titleCase(p.pick(GROUPS))} Protest ${titleCase(p.pick(OBJECTS))} in ${p.pick(PLACES)}`;
    case 2:
      return `${p.pick(PLACES)}: ${titleCase(p.pick(NOUNS))} Enter Day ${p.int(2, 60)} as ${titleCase(p.pick(GROUPS))} Wait`;
    case 3:
      return `${titleCase(p.pick(ROLES))} ${p.pick(LAST)} to Meet ${p.pick(PLACES)} Authorities: ${p.pick(LAST)}`;
    default:
      return `${p.pick(PLACES)} and ${p.pick(PLACES)} Agree on ${titleCase(p.pick(OBJECTS))}`;
  }
}

function slugify(s) {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/**
 * The articles of a library of `n`, as data (the same for the text files and the Atom feeds).
 * Article 0 is the newest (the only one dated 26 October 2023) and long, so it is first in a
 * newest-first list and pages more than once.
 */
export function* articlesFor(n) {
  const rand = prng(SEED);
  const p = picker(rand);
  const totalWeight = SECTIONS.reduce((s, x) => s + x[2], 0);
  const end = Date.UTC(2023, 9, 25);
  const dayMs = 86_400_000;
  for (let i = 0; i < n; i += 1) {
    let r = rand() * totalWeight;
    let section = SECTIONS[0];
    for (const s of SECTIONS) {
      r -= s[2];
      if (r < 0) {
        section = s;
        break;
      }
    }
    if (i === 0) section = SECTIONS[0];
    const date = i === 0 ? new Date(Date.UTC(2023, 9, 26)) : new Date(end - p.int(0, 1000) * dayMs);
    const title = headline(p);
    const who = person(p);
    const caption = `${who[0].toUpperCase()}${who.slice(1)} in ${p.pick(PLACES)}.`;
    const standfirst = paragraph(p, 1, 2);
    const paras = [];
    const count = i === 0 ? 24 : p.int(4, 11);
    for (let k = 0; k < count; k += 1) paras.push(paragraph(p, 2, 4));
    const related = rand() < 0.5 ? headline(p) : null;
    const relatedAt = related ? p.int(1, paras.length - 1) : -1;
    const y = date.getUTCFullYear();
    const m = String(date.getUTCMonth() + 1).padStart(2, '0');
    const folder = `${section[0]}/${y}/${m}`;
    const file = `${folder}/${slugify(title)}-${String(i).padStart(6, '0')}.txt`;
    yield {
      i,
      file,
      sectionFolder: section[0],
      breadcrumb: section[1],
      section: section[1].split(' > ').at(-1),
      headline: title,
      caption,
      credit: p.pick(CREDITS),
      date,
      dateText: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${y}`,
      standfirst,
      paragraphs: paras,
      related,
      relatedAt,
    };
  }
}

/** The article as a saved page, byte for byte in the seed's layout (no final newline). */
export function pageText(a) {
  const lines = [
    '• Live',
    '    • Audio Only',
    '  • google plus',
    '  • facebook',
    '  • twitter',
    a.breadcrumb,
    '',
    a.headline,
    '',
    `  • ${a.caption}`,
    '',
    `    ${a.caption} | Photo: ${a.credit}`,
    '',
    `Published ${a.dateText}`,
    '',
    a.standfirst,
    '',
  ];
  a.paragraphs.forEach((para, k) => {
    if (k === a.relatedAt) lines.push('', a.related, '');
    lines.push(para, '');
  });
  lines.push('Post with no comments.');
  return lines.join('\n');
}

/** Folded like the app's search (NFKD, marks dropped, lower case). */
export function fold(s) {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Makes (or reuses) the library of `n` under `outDir/lib-<n>`; returns its meta: the folder,
 * every headline, each article's first body paragraph (to recognise an open article), the
 * sections, and the byte size.
 */
export async function ensureLibrary(n, outDir, log = () => {}) {
  const base = resolve(outDir, `lib-${n}`);
  const metaPath = join(base, 'meta.json');
  try {
    const meta = JSON.parse(await readFile(metaPath, 'utf8'));
    if (meta.version === GENERATOR_VERSION && meta.count === n) return { ...meta, reused: true };
  } catch {
    // missing or stale: generate below
  }
  const started = performance.now();
  const root = join(base, 'articles');
  await rm(base, { recursive: true, force: true });
  const made = new Set();
  const headlines = [];
  const firstParagraphs = [];
  const sections = new Map();
  let bytes = 0;
  let pending = [];
  for (const a of articlesFor(n)) {
    const dir = join(root, a.file, '..');
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    const text = pageText(a);
    bytes += Buffer.byteLength(text);
    pending.push(writeFile(join(root, a.file), text));
    if (pending.length >= 64) {
      await Promise.all(pending);
      pending = [];
    }
    headlines.push(a.headline);
    firstParagraphs.push(a.paragraphs[0]);
    sections.set(a.section, (sections.get(a.section) ?? 0) + 1);
  }
  await Promise.all(pending);
  const meta = {
    version: GENERATOR_VERSION,
    count: n,
    root,
    bytes,
    folders: made.size,
    sections: Object.fromEntries(sections),
    headlines,
    firstParagraphs,
  };
  await writeFile(metaPath, JSON.stringify(meta));
  log(`generated ${n} articles (${(bytes / 1e6).toFixed(1)} MB, ${made.size} folders) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { ...meta, reused: false };
}

// `node bench/generate.mjs 1000 [outDir]` makes one library by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 1000);
  const out = process.argv[3] ?? new URL('./out', import.meta.url).pathname;
  const meta = await ensureLibrary(n, out, console.log);
  console.log(`${meta.reused ? 'reused' : 'made'} ${meta.root}: ${meta.count} articles, ${meta.folders} folders`);
}
