/**
 * The streaming extractor: a saved page too big for Readability to read in time
 * (`readability-budget.ts`) is read in one pass of htmlparser2's events, straight to the body
 * blocks (`stream-blocks.ts`) and the page's metadata (`stream-meta.ts`), without building a
 * DOM. Linear in the page, whatever its shape: never-closed tags, deep nesting, a huge text node.
 *
 * What it keeps, as Readability's path would: scripts, styles, SVG, forms and navigation are
 * skipped, and so is what is hidden; furniture (a site's header, footer and asides, boxes named
 * "cookie", "newsletter", "most-read"…) is dropped unless it holds an `<h1>` or most of the text;
 * when the page marks its story with `<article>` or `<main>` and that holds a good part of the
 * text, only that is kept (the one with the most text when there are several); within it, or
 * within the page, the element that holds the prose is the story (`stream-score.ts`).
 */
import { Parser } from 'htmlparser2';
import type { ParseOutcome } from '../parse-outcome.js';
import { pageMeta } from './html-meta.js';
import { altCaption, CREDIT_CLASS, splitCredit, stripCreditLabel } from './html-captions.js';
import { isRootLink } from './html-headline.js';
import { BLOCK, SKIP } from './html-to-blocks.js';
import { pageArticle } from './page-article.js';
import { BlockBuilder } from './stream-blocks.js';
import { isStreamFurniture, keeper, type Range } from './stream-keep.js';
import { MetaCollector } from './stream-meta.js';
import { ContainerRanges, CONTAINERS, storyFinder } from './stream-score.js';

type Attributes = Record<string, string | undefined>;

// What each open element did, undone when it closes.
const SKIPPED = 1, BLOCKED = 2, CONTEXT = 4, LIST = 8, PRE = 16, FIGURE = 32, CAPTION = 64, CREDIT = 128, FURNITURE = 256, CONTAINER = 512, HEADING = 1024, LINK = 2048, SCORED = 4096;
const NEVER_READ = new Set([...SKIP, 'form', 'nav']);
// Roles Readability removes before it scores a page: menus, navigation, sidebars, dialogs.
const NEVER_READ_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
const MAX_LIST_DEPTH = 8;

/** Parses a page too big for Readability into one article (or says why it holds none). */
export function streamArticle(html: string): ParseOutcome {
  const out = new BlockBuilder();
  const meta = new MetaCollector();
  const frames: number[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  const figures: { image: ReturnType<typeof altCaption>; captioned: boolean }[] = [];
  const furniture: Range[] = [];
  const containers: Range[] = [];
  const ranges = new ContainerRanges();
  let skip = 0;
  let inLink = 0;
  let inFurniture: Range | null = null;
  let inContainer: Range | null = null;
  let pre: string | null = null;
  let caption: { text: string; credit: string } | null = null;
  let inCredit = 0;
  let heading: { tag: string; names: string; href: string | null; from: number } | null = null;

  const onopentag = (name: string, a: Attributes): void => {
    meta.open(name, a, frames.length, skip === 0 && !NEVER_READ_ROLES.has(a.role ?? '') && !(inFurniture && name === 'footer'));
    if (skip > 0 || NEVER_READ.has(name) || NEVER_READ_ROLES.has(a.role ?? '') || a.hidden !== undefined || a['aria-hidden'] === 'true') {
      skip += 1;
      frames.push(SKIPPED);
      return;
    }
    let flags = 0;
    if ((name === 'article' || name === 'main') && !inContainer) {
      out.flush();
      inContainer = { from: out.blocks.length, to: -1, h1: false };
      flags |= CONTAINER;
    }
    if (!inFurniture && isStreamFurniture(name, a, inContainer !== null)) {
      out.flush();
      inFurniture = { from: out.blocks.length, to: -1, h1: false };
      flags |= FURNITURE;
    }
    if (caption) {
      if (CREDIT_CLASS.test(a.class ?? '')) {
        inCredit += 1;
        flags |= CREDIT;
      }
    } else if (pre === null) {
      flags |= openBlock(name, a);
      if (CONTAINERS.has(name)) {
        ranges.open(out.blocks.length, out.prose);
        flags |= SCORED;
      }
    }
    if (name === 'br') {
      if (caption) caption.text += ' ';
      else if (pre !== null) pre += '\n';
      else out.lineBreak();
    }
    frames.push(flags);
  };

  /** Starts what a tag means for the body: a heading, list, item, quote, figure… */
  const openBlock = (name: string, a: Attributes): number => {
    if (name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6') {
      if (name === 'h1') {
        if (inFurniture) inFurniture.h1 = true;
        if (inContainer) inContainer.h1 = true;
      }
      out.enter({ kind: 'heading', level: Number(name[1]) });
      if (!heading) heading = { tag: name, names: `${a.class ?? ''} ${a.itemprop ?? ''}`, href: null, from: out.blocks.length };
      return CONTEXT | HEADING;
    }
    switch (name) {
      case 'a':
        if (heading && heading.href === null && a.href !== undefined) heading.href = a.href;
        if (a.href === undefined) return 0;
        inLink += 1;
        return LINK;
      case 'img': {
        const cap = altCaption(a.alt ?? null, a.title ?? null);
        const figure = figures[figures.length - 1];
        if (figure) figure.image ??= cap;
        else out.caption(cap);
        return 0;
      }
      case 'ul': case 'ol':
        out.flush();
        lists.push({ ordered: name === 'ol', n: Number(a.start ?? '1') || 1 });
        return LIST;
      case 'li': {
        const list = lists[lists.length - 1];
        const marker = list?.ordered ? `${list.n++}.` : '•';
        out.enter({ kind: 'list-item', marker, depth: Math.min(out.listDepth, MAX_LIST_DEPTH) });
        return CONTEXT;
      }
      case 'blockquote':
        out.enter({ kind: 'quote' });
        return CONTEXT;
      case 'pre':
        out.flush();
        pre = '';
        return PRE;
      case 'figure':
        out.flush();
        figures.push({ image: null, captioned: false });
        return FIGURE;
      case 'figcaption': {
        out.flush();
        const figure = figures[figures.length - 1];
        if (figure) figure.captioned = true;
        caption = { text: '', credit: '' };
        return CAPTION;
      }
    }
    if (BLOCK.has(name)) {
      out.flush();
      return BLOCKED;
    }
    return 0;
  };

  const onclosetag = (): void => {
    meta.close(frames.length - 1);
    const flags = frames.pop() ?? 0;
    if (flags & SKIPPED) {
      skip -= 1;
      return;
    }
    if (flags & CREDIT) inCredit -= 1;
    if (flags & LINK) inLink -= 1;
    if (flags & CAPTION && caption) {
      const credit = stripCreditLabel(caption.credit) || null;
      const written = splitCredit(caption.text);
      const text = written.text || credit || '';
      out.caption(credit ? { text, credit } : written.credit ? { text, credit: stripCreditLabel(written.credit) } : written);
      caption = null;
    }
    if (flags & PRE && pre !== null) {
      out.preformatted(pre);
      pre = null;
    }
    if (flags & FIGURE) {
      const figure = figures.pop();
      if (figure && !figure.captioned) out.caption(figure.image);
    }
    if (flags & LIST) lists.pop();
    if (flags & CONTEXT) out.leave();
    if (flags & HEADING && heading) {
      const text = out.blocks.slice(heading.from).map((b) => b.text).join(' ');
      meta.heading({ tag: heading.tag, names: heading.names, logo: heading.href !== null && isRootLink(heading.href), text: () => text });
      heading = null;
    }
    if (flags & BLOCKED) out.flush();
    if (flags & SCORED) ranges.close(out.blocks.length, out.prose);
    if (flags & FURNITURE && inFurniture) {
      out.flush();
      furniture.push({ ...inFurniture, to: out.blocks.length });
      inFurniture = null;
    }
    if (flags & CONTAINER && inContainer) {
      out.flush();
      containers.push({ ...inContainer, to: out.blocks.length });
      inContainer = null;
    }
  };

  const ontext = (data: string): void => {
    meta.text(data);
    if (skip > 0) return;
    if (caption) {
      if (inCredit > 0) caption.credit += data;
      else caption.text += data;
    } else if (pre !== null) pre += data;
    else out.text(data, inLink > 0);
  };

  const parser = new Parser({ onopentag, onclosetag, ontext }, { decodeEntities: true });
  parser.end(html);
  const body = out.parts(keeper(out.blocks, furniture, containers, storyFinder(out.blocks, out.links, out.prose, ranges)));
  const facts = meta.facts(() => body.blocks.map((b) => b.text).join('\n'));
  return pageArticle(pageMeta(facts), body, { title: '', publishedTime: '', siteName: '' });
}
