/**
 * The parts of an EPUB that say what is in it (EPUB 3.3 §3–4; EPUB 2 OPF and NCX): the package
 * document's metadata and spine, and the table of contents (EPUB 3 `nav`, else the NCX) as a
 * tree. XML is read with linkedom's XML parser; elements are matched by local name, so `dc:title`
 * and a default-namespace `title` are found alike.
 */
import { DOMParser } from 'linkedom';
import { normalizeSpace } from '../../text/whitespace.js';

/** One entry of the table of contents, with its entries below it. */
export interface TocEntry {
  label: string;
  /** Path inside the archive, fragment removed; null for a heading without a link. */
  path: string | null;
  children: TocEntry[];
}

/** What the package document says. */
export interface EpubPackage {
  title: string | null;
  date: string | null;
  publisher: string | null;
  /** Spine documents in reading order, as archive paths. */
  spine: string[];
  toc: TocEntry[];
}

type El = Element;

/** Elements under `root` whose local name is `local` (any namespace prefix). */
export function byLocalName(root: Document | El, local: string): El[] {
  return Array.from(root.querySelectorAll('*')).filter((e) => e.tagName.replace(/^.*:/, '').toLowerCase() === local);
}

const parseXml = (text: string): Document => new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
const textOf = (e: El | undefined): string | null => (e ? normalizeSpace(e.textContent ?? '') || null : null);

/** `dir/` of an archive path (`OEBPS/content.opf` → `OEBPS/`). */
const dirOf = (p: string): string => p.slice(0, p.lastIndexOf('/') + 1);

/** Resolves an href relative to the document at `base`, inside the archive; null when it leaves it. */
export function resolveHref(base: string, href: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(href.split('#')[0]!);
  } catch {
    return null;
  }
  if (!decoded || /^[a-z][a-z0-9+.-]*:/i.test(decoded)) return null;
  const parts: string[] = [];
  for (const part of (dirOf(base) + decoded).split('/')) {
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** The package document's path, from META-INF/container.xml. */
export function rootfilePath(container: string): string | null {
  const rootfile = byLocalName(parseXml(container), 'rootfile')[0];
  return rootfile?.getAttribute('full-path') ?? null;
}

/** Reads the package document at `opfPath`; `read` gives another archive entry's text. */
export function readPackage(opfPath: string, opf: string, read: (path: string) => string | null): EpubPackage {
  const doc = parseXml(opf);
  const manifest = new Map<string, { path: string | null; type: string; properties: string }>();
  for (const item of byLocalName(doc, 'item')) {
    manifest.set(item.getAttribute('id') ?? '', {
      path: resolveHref(opfPath, item.getAttribute('href') ?? ''),
      type: item.getAttribute('media-type') ?? '',
      properties: item.getAttribute('properties') ?? '',
    });
  }
  const spineEl = byLocalName(doc, 'spine')[0];
  const spine = byLocalName(doc, 'itemref').flatMap((ref) => {
    const path = manifest.get(ref.getAttribute('idref') ?? '')?.path;
    return path ? [path] : [];
  });
  const nav = [...manifest.values()].find((m) => /\bnav\b/.test(m.properties));
  const ncx = manifest.get(spineEl?.getAttribute('toc') ?? '') ?? [...manifest.values()].find((m) => m.type === 'application/x-dtbncx+xml');
  let toc: TocEntry[] = [];
  const navText = nav?.path ? read(nav.path) : null;
  if (nav?.path && navText) toc = navToc(nav.path, navText);
  const ncxText = ncx?.path ? read(ncx.path) : null;
  if (toc.length === 0 && ncx?.path && ncxText) toc = ncxToc(ncx.path, ncxText);
  return {
    title: textOf(byLocalName(doc, 'title')[0]),
    date: textOf(byLocalName(doc, 'date')[0]),
    publisher: textOf(byLocalName(doc, 'publisher')[0]),
    spine,
    toc,
  };
}

/** EPUB 2 NCX: nested `navPoint`s with a `navLabel` and a `content src`. */
function ncxToc(ncxPath: string, text: string): TocEntry[] {
  const map = byLocalName(parseXml(text), 'navmap')[0];
  const walk = (parent: El, depth: number): TocEntry[] =>
    depth > 8
      ? []
      : Array.from(parent.children)
          .filter((c) => c.tagName.replace(/^.*:/, '').toLowerCase() === 'navpoint')
          .map((point) => ({
            label: textOf(byLocalName(point, 'text')[0]) ?? '',
            path: resolveHref(ncxPath, byLocalName(point, 'content')[0]?.getAttribute('src') ?? ''),
            children: walk(point, depth + 1),
          }));
  return map ? walk(map, 0) : [];
}

/** EPUB 3 navigation document: the `nav epub:type="toc"` list. */
function navToc(navPath: string, text: string): TocEntry[] {
  const doc = parseXml(text);
  const navs = byLocalName(doc, 'nav');
  const nav = navs.find((n) => /\btoc\b/.test(n.getAttribute('epub:type') ?? '')) ?? navs[0];
  const list = nav ? byLocalName(nav, 'ol')[0] : undefined;
  const walk = (ol: El, depth: number): TocEntry[] =>
    depth > 8
      ? []
      : Array.from(ol.children)
          .filter((li) => li.tagName.toLowerCase() === 'li')
          .map((li) => {
            const link = Array.from(li.children).find((c) => /^(a|span)$/i.test(c.tagName));
            const sub = Array.from(li.children).find((c) => c.tagName.toLowerCase() === 'ol');
            const href = link?.getAttribute('href');
            return { label: textOf(link) ?? '', path: href ? resolveHref(navPath, href) : null, children: sub ? walk(sub, depth + 1) : [] };
          });
  return list ? walk(list, 0) : [];
}
