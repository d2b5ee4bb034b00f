/**
 * Issue 14, items 1 and 3: MHTML pages and newsletters from mail, built by tests/helpers/format-files.ts
 * as Chromium and mail clients write them, read into articles through the same path every file takes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/library/model/article.js';
import { decodeWords, parseParams } from '../../src/library/formats/mime/mime-headers.js';
import { MAX_MIME_DEPTH, parseMime } from '../../src/library/formats/mime/mime-parts.js';
import { binaryOf, bytesOf, decodeQuotedPrintable } from '../../src/library/formats/mime/transfer-encoding.js';
import { articlesFromBytes } from '../../src/library/parse/articles-from-bytes.js';
import { mbox, mhtmlPage, newsletterEml, quotedPrintable, storyHtml, STORY } from '../helpers/format-files.js';

const bytes = (s: string, encoding: BufferEncoding = 'latin1') => new Uint8Array(Buffer.from(s, encoding));
function read(content: string | Uint8Array, name: string) {
  const parsed = articlesFromBytes(typeof content === 'string' ? bytes(content) : content, name);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.articles;
}

describe('MIME decoding', () => {
  it('a binary string has one char per byte, of that code, for every byte and any view of a buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(20), (bytes, cut) => {
        const view = bytes.subarray(Math.min(cut, bytes.length));
        const binary = binaryOf(view);
        expect(Array.from(binary, (c) => c.charCodeAt(0))).toEqual(Array.from(view));
        expect(bytesOf(binary)).toEqual(view);
      }),
    );
  });

  it('quoted-printable round-trips any UTF-8 text, soft line breaks included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const normalized = text.replace(/\r\n?/g, '\n');
        const decoded = Buffer.from(decodeQuotedPrintable(quotedPrintable(normalized))).toString('utf8');
        expect(decoded.replace(/\r\n/g, '\n')).toBe(normalized);
      }),
    );
  });

  it('decodes encoded words in any charset and joins adjacent ones', () => {
    expect(decodeWords('=?utf-8?Q?Caf=C3=A9_news?= =?ISO-8859-2?B?vw==?=')).toBe('Café newsż');
    expect(decodeWords('Plain subject')).toBe('Plain subject');
  });

  it('reads RFC 2231 parameters and quoted boundaries', () => {
    const p = parseParams(`multipart/related; type="text/html"; boundary="--a;b"; title*=utf-8''caf%C3%A9`);
    expect(p.value).toBe('multipart/related');
    expect(p.params.get('boundary')).toBe('--a;b');
    expect(p.params.get('title')).toBe('café');
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (data) => {
        const prefixed = new Uint8Array([...bytes('From: a@b\nSubject: x\nDate: y\nContent-Type: multipart/mixed; boundary=q\n\n--q\n'), ...data]);
        articlesFromBytes(prefixed, 'x.eml');
      }),
      { numRuns: 200 },
    );
  });

  it(`refuses multiparts nested more than ${MAX_MIME_DEPTH} deep with a reason, without recursing`, () => {
    const depth = 100_000;
    let message = 'From: a@b.example\nSubject: Nested\nDate: Mon, 23 Nov 2026 06:00:00 +0000\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b0"\n\n';
    const parts: string[] = [message];
    for (let i = 1; i < depth; i++) parts.push(`--b${i - 1}\nContent-Type: multipart/mixed; boundary="b${i}"\n\n`);
    parts.push('--b99999\nContent-Type: text/plain\n\ndeep\n');
    message = parts.join('');
    const parsed = articlesFromBytes(bytes(message), 'nested.eml');
    expect(parsed).toEqual({ ok: false, reason: expect.stringMatching(/nested too deeply/) });
    expect(() => parseMime(message)).toThrow(/nested too deeply/);
  });
});

describe('MHTML (Chromium "Webpage, Single File")', () => {
  it('reads the HTML part through the page extractor: headline, caption with credit, byline, date, body', () => {
    const [article, ...rest] = read(mhtmlPage(), 'ferry.mhtml');
    expect(rest).toHaveLength(0);
    expect(article!.format).toBe('mhtml');
    expect(article!.headline).toBe(STORY.headline);
    expect(article!.captions[0]).toEqual({ text: STORY.caption, credit: STORY.credit });
    expect(article!.published).toBe(STORY.date);
    expect(article!.byline).toBe(STORY.byline);
    expect(article!.url).toBe(STORY.url);
    expect(paragraphsOf(article!)).toEqual(STORY.paragraphs);
  });

  it('gives image parts nothing but their alt text: no picture bytes in the article', () => {
    const text = JSON.stringify(read(mhtmlPage(), 'ferry.mht'));
    expect(text).not.toMatch(/PHOTO-BYTES|JFIF|\/9j\//);
  });

  it("decodes the HTML part in its own charset, not the file's", () => {
    const html = storyHtml().replace('<meta charset="utf-8">', '').replace('Commuters', 'Zażółć commuters');
    const latin2 = new Uint8Array(new TextEncoder().encode(html).length);
    // ISO-8859-2 bytes for the Polish letters, ASCII for the rest.
    const table: Record<string, number> = { 'ż': 0xbf, 'ó': 0xf3, 'ł': 0xb3, 'ć': 0xe6, '’': 0x27 };
    let n = 0;
    for (const ch of html) latin2[n++] = table[ch] ?? ch.charCodeAt(0);
    const page = mhtmlPage({ html: latin2.subarray(0, n), charset: 'iso-8859-2' });
    expect(paragraphsOf(read(page, 'p.mhtml')[0]!).join(' ')).toContain('Zażółć commuters');
  });

  it('is detected by content whatever the file is called', () => {
    expect(read(mhtmlPage(), 'saved-page.txt')[0]!.format).toBe('mhtml');
  });
});

describe('newsletters saved from mail', () => {
  it('takes the subject as headline, the list name as section, the Date header as date, the HTML part as body', () => {
    const [article] = read(newsletterEml(), 'briefing.eml');
    expect(article!.format).toBe('email');
    expect(article!.headline).toBe(`Morning briefing: ${STORY.headline}`);
    expect(article!.section).toBe('Harbour Morning Briefing');
    expect(article!.published).toBe('2026-11-23');
    expect(article!.captions[0]).toEqual({ text: STORY.caption, credit: STORY.credit });
    expect(paragraphsOf(article!)).toEqual(expect.arrayContaining(STORY.paragraphs));
  });

  it('ignores attachments', () => {
    expect(JSON.stringify(read(newsletterEml(), 'briefing.eml'))).not.toContain('ATTACHMENT-MUST-NOT-SHOW');
  });

  it("uses the sender's name as section when the message has no List-Id", () => {
    const plain = newsletterEml().replace(/^List-Id:.*\r\n/m, '');
    expect(read(plain, 'b.eml')[0]!.section).toBe('Harbour News Briefing');
  });

  it('reads every message of an mbox, each part in its charset, with `>From ` unescaped', () => {
    const box = Buffer.from(mbox(['Ferry back on Monday', 'Bridge works begin', 'Market moves to the pier']), 'latin1');
    const articles = read(new Uint8Array(box), 'briefings.mbox');
    expect(articles.map((a) => a.headline)).toEqual(['Ferry back on Monday', 'Bridge works begin', 'Market moves to the pier']);
    expect(articles[1]!.published).toBe('2026-11-22');
    expect(paragraphsOf(articles[0]!)[1]).toBe('From the harbour master: crossings run every hour. Café opens at seven.');
  });

  it('does not take a Markdown note or a plain article with a "From:" line for mail', () => {
    const note = articlesFromBytes(bytes('From: my notes\n\nA plain note about the harbour.\n'), 'note.txt');
    expect(note.ok && note.articles[0]!.format).not.toBe('email');
  });
});
