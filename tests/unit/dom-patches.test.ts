/**
 * The patches to linkedom and Readability (patches/, issue 10) make saved pages parse faster
 * without changing what they do: a node still takes, fires and drops event listeners (its
 * listener map is now made on the first one), selectors still match by the document's mode
 * and by `:scope` (compiled selectors are now kept), Readability's content can be had as
 * the element itself, an attempt that finds too little starts again from a copy of the page
 * (not from its serialised HTML), its text, length and excerpt are read only when asked for,
 * and an element's class reads as its class list (which is now
 * made only when asked for, not for every element with a class while the page is parsed).
 * Readability reads an element's children by sibling where it built `children` and
 * `childNodes` arrays, with the same answers. A TreeWalker finds its nodes as it is asked for
 * them (it gathered them all into an array when it was made).
 */
import { Readability } from '@mozilla/readability';
import fc from 'fast-check';
import { DOMParser, Event as DomEvent, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

describe('patched linkedom and Readability', () => {
  it('a node takes, fires and drops listeners; a node without any dispatches quietly', () => {
    const { document } = parseHTML('<html><body><p id="a"><b>x</b></p></body></html>');
    const p = document.getElementById('a')!;
    const b = p.firstElementChild!;
    const seen: string[] = [];
    // linkedom's own Event (Node's has a read-only eventPhase), typed as the DOM's.
    const ping = (bubbles: boolean) => new DomEvent('ping', { bubbles }) as unknown as Event;
    const onP = (e: Event) => seen.push(`p:${e.type}`);
    p.addEventListener('ping', onP);
    b.addEventListener('ping', (e: Event) => seen.push(`b:${e.type}`), { once: true });
    b.dispatchEvent(ping(true));
    b.dispatchEvent(ping(true));
    p.removeEventListener('ping', onP);
    b.removeEventListener('ping', onP); // never added: no error
    document.body.removeEventListener('ping', onP); // a node that never had a listener
    p.dispatchEvent(ping(false));
    expect(seen).toEqual(['b:ping', 'p:ping', 'p:ping']);
  });

  it('one selector text matches by each document’s mode, and :scope by its element', () => {
    const html = parseHTML('<html><body><DIV class="k"><p>1</p></DIV><div><p>2</p></div></body></html>').document;
    const xml = new DOMParser().parseFromString('<root><DIV class="k"><p>1</p></DIV><div><p>2</p></div></root>', 'text/xml');
    for (let i = 0; i < 2; i += 1) {
      // HTML is case-insensitive, XML is not: the compiled "div p" must not be shared between them.
      expect(html.querySelectorAll('DIV p').length).toBe(2);
      expect(xml.querySelectorAll('DIV p').map((p: Element) => p.textContent)).toEqual(['1']);
      expect(xml.querySelectorAll('div p').map((p: Element) => p.textContent)).toEqual(['2']);
      expect(html.querySelector('.k')!.matches('div.k')).toBe(true);
      expect(xml.querySelector('DIV')!.matches('div')).toBe(false);
    }
    const [first, second] = Array.from(html.querySelectorAll('body > div'));
    expect(first!.querySelectorAll(':scope > p')[0]!.textContent).toBe('1');
    expect(second!.querySelectorAll(':scope > p')[0]!.textContent).toBe('2');
    expect(second!.querySelector('p')!.closest('div')).toBe(second);
  });

  it('Readability hands over its chosen element when asked, the same text it would serialise', () => {
    const page = `<html><head><title>T</title></head><body><nav>Home News</nav><article><h1>T</h1>${'<p>A sentence of the story, long enough to count, with words in it.</p>'.repeat(12)}</article></body></html>`;
    const asHtml = new Readability(parseHTML(page).document).parse()!;
    const asNode = new Readability<Node>(parseHTML(page).document, { serializer: (el) => el }).parse()!;
    expect(asNode.content!.nodeType).toBe(1);
    expect((asNode.content as Element).innerHTML).toBe(asHtml.content);
  });

  it('Readability takes a node\'s text length when it has it, with the same answer', () => {
    const { document } = parseHTML(`<html><body><div id="x"><p>One, <a href="#a">two</a></p><img><ul><li>a</li><li>b<img></li></ul><p><input><span><p>in</p></span></p><a href="/b">three</a></div></body></html>`);
    const el = document.getElementById('x')!;
    // The patch's parameter (it is not in Readability's types); tag counts: readability-sums.test.ts.
    const r = new Readability(document) as unknown as {
      _getInnerText(e: Element): string;
      _getLinkDensity(e: Element, textLength?: number): number;
    };
    const length = r._getInnerText(el).length;
    expect(r._getLinkDensity(el, length)).toBe(r._getLinkDensity(el));
    expect(r._getLinkDensity(el)).toBeGreaterThan(0);
  });

  it('Readability finds elements by tag name in one walk, as querySelectorAll does', () => {
    const { document } = parseHTML(
      `<html><head><style>p{}</style><script>1</script></head><body><div id="r"><p>a<br><font>b</font></p><noscript><img></noscript><svg><foreignObject><p>c</p></foreignObject></svg><table><tr><td><p>d</p><br></td></tr></table></div><p>e</p></body></html>`,
    );
    const root = document.getElementById('r')!;
    root.appendChild(document.createElement('DIV')).appendChild(document.createElement('P')); // as Readability makes them
    const r = new Readability(document) as unknown as { _getAllNodesWithTag(node: Node, names: string[]): ArrayLike<Element> };
    const lists = [['p'], ['br'], ['script', 'noscript'], ['style'], ['font'], ['img', 'picture', 'figure'], ['div', 'td'], ['foreignobject'], ['h1', 'h2']];
    for (const node of [document, document.body, root, root.firstElementChild!] as Node[]) {
      for (const names of lists) {
        const walked = Array.from(r._getAllNodesWithTag(node, names));
        expect(walked).toEqual(Array.from((node as Element).querySelectorAll(names.join(','))));
      }
    }
    expect(r._getAllNodesWithTag(document, ['p']).length).toBe(5);
  });

  it('Readability reads children by sibling with the answers the child arrays gave', () => {
    type R = { DIV_TO_P_ELEMS: Set<string>; _hasSingleTagInsideElement(e: Element, tag: string): boolean; _hasChildBlockElement(e: Node): boolean };
    // Readability 0.6.0's own definitions, over `children` and `childNodes`.
    const single = (e: Element, tag: string) =>
      e.children.length === 1 && e.children[0]!.tagName === tag && !Array.from(e.childNodes).some((n) => n.nodeType === 3 && /\S$/.test(n.textContent!));
    const block = (r: R, e: Node): boolean => Array.from(e.childNodes).some((n) => r.DIV_TO_P_ELEMS.has((n as Element).tagName) || block(r, n));
    const tags = ['<div>', '<p>', '<span>', '<section>', '<ul>', '<b>', 'text', ' ', '\n', '<br>', '<img>'];
    const page = fc.array(fc.oneof(fc.constantFrom(...tags), fc.constant('</*>')), { maxLength: 30 }).map((parts) => {
      const open: string[] = [];
      return parts.map((p) => (p === '</*>' ? (open.length ? `</${open.pop()}>` : '') : (/^<(div|p|span|section|ul|b)>/.test(p) && open.push(p.slice(1, -1)), p))).join('');
    });
    fc.assert(
      fc.property(page, (html) => {
        const { document } = parseHTML(`<html><body><div id="root">${html}</div></body></html>`);
        const r = new Readability(document) as unknown as R;
        for (const e of [document.getElementById('root')!, ...Array.from(document.getElementById('root')!.querySelectorAll('*'))]) {
          for (const tag of ['P', 'DIV', 'SPAN']) expect(r._hasSingleTagInsideElement(e, tag)).toBe(single(e, tag));
          expect(r._hasChildBlockElement(e)).toBe(block(r, e));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('Readability starts each new attempt from the page as it was, once per attempt', () => {
    const story = 'A sentence of the story, long enough to count, with words in it.';
    // The story sits in a box named like comments: the first attempt drops it as unlikely and
    // finds too little, so the second must see the page again as it was.
    const page = `<html><body><div class="comment-section"><h2>T</h2>${`<p>${story}</p>`.repeat(12)}</div></body></html>`;
    const text = new Readability(parseHTML(page).document).parse()!.textContent!;
    expect(text.split(story).length - 1).toBe(12);
    // Too little text in every attempt: all four run, the longest is kept, nothing doubled.
    const short = `<html><body><div class="comment"><p>${story}</p></div><div><p>Other words here.</p></div></body></html>`;
    const found = new Readability(parseHTML(short).document).parse()!.textContent!;
    expect(found.split(story).length - 1).toBe(1);
    // What is left of the page after an attempt is replaced, not added to, every time.
    const { document } = parseHTML('<html><body><div id="a"><p>One</p><p>Two</p></div><p>Three</p></body></html>');
    const cache = document.body.cloneNode(true);
    const original = document.body.innerHTML;
    const r = new Readability(document) as unknown as { _restorePage(page: Element, cache: Node): void };
    for (let i = 0; i < 2; i += 1) {
      document.getElementById('a')!.remove();
      document.body.appendChild(document.createElement('hr'));
      r._restorePage(document.body, cache);
      expect(document.body.innerHTML).toBe(original);
    }
  });

  it('a TreeWalker finds nodes as it is asked, in document order, in the tree as it is then', () => {
    const { document } = parseHTML('<html><body><div id="r">a<p>b<!--c--><i>d</i></p><ul><li>e</li><li>f</li></ul></div><p>g</p></body></html>');
    const root = document.getElementById('r')!;
    const all = (n: Node): Node[] => Array.from(n.childNodes).flatMap((c) => [c, ...all(c)]);
    const walk = (from: Node, show: number, each: (n: Node) => void = () => {}) => {
      const walker = document.createTreeWalker(from, show);
      const out: Node[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n), each(n);
      expect([walker.nextNode(), walker.currentNode]).toEqual([null, null]);
      return out;
    };
    for (const from of [document, document.body, root, root.firstElementChild!, document.createElement('p')] as Node[]) {
      expect(walk(from, 1)).toEqual(Array.from((from as Element).querySelectorAll('*')));
    }
    expect(walk(root, -1)).toEqual(all(root));
    expect(walk(root, 4).map((n) => n.textContent)).toEqual(['a', 'b', 'd', 'e', 'f']);
    expect(walk(root, 128).map((n) => n.textContent)).toEqual(['c']);
    // Made before the <ul> got a third item: the walk still finds it.
    const walker = document.createTreeWalker(root, 1);
    root.querySelector('ul')!.appendChild(document.createElement('li'));
    const names: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) names.push((n as Element).localName);
    expect(names).toEqual(['p', 'i', 'ul', 'li', 'li', 'li']);
  });

  it('an element\'s class reads as its class list, its tokens once each; the list is made only when asked for', () => {
    const { document } = parseHTML('<html><body><p id="a" class="  lead  story lead\tx ">1</p><p id="b" class="one">2</p><p id="c">3</p></body></html>');
    const [a, b, c] = [document.getElementById('a')!, document.getElementById('b')!, document.getElementById('c')!];
    const classList = (el: Element) => Object.getOwnPropertySymbols(el).map((k) => (el as unknown as Record<symbol, unknown>)[k]).find((v) => v instanceof Set);
    // Parsing made no class list (one Set per element with a class, built again on every read).
    expect([a, b, c].map(classList)).toEqual([undefined, undefined, undefined]);
    expect([a.className, b.className, c.className]).toEqual(['lead story x', 'one', '']);
    expect(a.getAttribute('class')).toBe('lead story x');
    expect([...a.classList]).toEqual(['lead', 'story', 'x']);
    a.classList.add('more');
    a.classList.remove('lead');
    b.className = 'two  three two';
    c.setAttribute('class', 'four');
    expect([a.className, b.className, c.className]).toEqual(['story x more', 'two three', 'four']);
    expect(document.querySelectorAll('.two, .four, .x').length).toBe(3);
    b.removeAttribute('class');
    expect([b.className, b.classList.length]).toEqual(['', 0]);
    expect((a.cloneNode(true) as Element).className).toBe('story x more');
  });

  it('Readability reads the article\'s text, length and excerpt only when they are asked for', () => {
    const page = `<html><body><article><p>${'A sentence of the story, with words enough to be read as prose. '.repeat(12)}</p>
      <p>Second paragraph, the same way. ${'More words to make it count. '.repeat(10)}</p></article></body></html>`;
    const eager = new Readability(parseHTML(page).document).parse()!;
    const lazy = new Readability<Node>(parseHTML(page).document, { serializer: (el) => el }).parse()!;
    expect([lazy.textContent, lazy.length, lazy.excerpt]).toEqual([eager.textContent, eager.length, eager.excerpt]);
    expect(lazy.excerpt).toMatch(/^A sentence of the story/);
    // Not read at parse time: what the content holds when first asked for.
    const later = new Readability<Node>(parseHTML(page).document, { serializer: (el) => el }).parse()!;
    (later.content as Element).querySelector('p')!.remove();
    expect(later.excerpt).toMatch(/^Second paragraph/);
    expect(later.textContent).not.toContain('A sentence of the story');
    expect(later.length).toBe(later.textContent!.length);
  });
});
