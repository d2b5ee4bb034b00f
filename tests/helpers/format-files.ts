/**
 * Builds the files people keep news in, shaped as the real tools write them: an MHTML page as
 * Chromium's "Save page as… Webpage, Single File" does (Blink's MHTML: quoted-printable HTML,
 * base64 pictures, a `Snapshot-Content-Location`), an EPUB edition as calibre's "Fetch news"
 * lays it out (feed_N/article_M/index.html, NCX with sections, navigation bars), a newsletter
 * `.eml` and an mbox. Nothing here is copied from elsewhere: the texts are made up.
 */
import { zipSync, strToU8 } from 'fflate';

/** Quoted-printable as Blink writes it: `=` and non-ASCII escaped, lines kept under 76 with soft breaks. */
export function quotedPrintable(text: string | Uint8Array): string {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let out = '';
  let line = '';
  for (const b of bytes) {
    const ch = b === 0x0a ? '\n' : b === 0x0d ? '' : b === 0x3d || b > 0x7e || (b < 0x20 && b !== 0x09) ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b);
    if (ch === '\n') {
      out += line + '\r\n';
      line = '';
      continue;
    }
    if (line.length + ch.length > 75) {
      out += line + '=\r\n';
      line = '';
    }
    line += ch;
  }
  return out + line;
}

const base64Lines = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64').replace(/.{1,76}/g, '$&\r\n');

/** A tiny JPEG-looking payload (only its bytes matter: it must never reach the article). */
export const PHOTO_BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...strToU8('JFIF PHOTO-BYTES-MUST-NOT-SHOW'), 0xff, 0xd9]);

/** The article page every format below carries, so each test can look for the same things. */
export const STORY = {
  headline: 'Harbour ferry returns after winter storms',
  caption: 'The ferry Marianne leaving the north pier on Monday morning.',
  credit: 'Ana Brito',
  alt: 'A white ferry with a red funnel at the pier',
  paragraphs: [
    'The harbour ferry resumed its crossings on Monday after three weeks of storms kept it at the pier, the port authority said.',
    'Commuters queued from six o’clock, and the first crossing left with every seat taken and bicycles stacked on the deck.',
    'Engineers replaced two damaged mooring posts and inspected the hull before the authority allowed sailings again.',
  ],
  byline: 'Rui Costa',
  date: '2026-11-23',
  url: 'https://harbour.example/news/ferry-returns',
};

/** The story as a saved web page, with its picture referenced at `src`. */
export function storyHtml(src = 'https://harbour.example/img/ferry.jpg'): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${STORY.headline} | Harbour News</title>
<meta property="og:title" content="${STORY.headline}"><meta property="og:url" content="${STORY.url}">
<meta property="article:published_time" content="${STORY.date}T07:30:00Z"><meta name="author" content="${STORY.byline}"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article><h1>${STORY.headline}</h1>
<p class="byline">By ${STORY.byline}</p>
<figure><img src="${src}" alt="${STORY.alt}"><figcaption>${STORY.caption} Photo: ${STORY.credit}</figcaption></figure>
${STORY.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main><footer>© Harbour News</footer></body></html>`;
}

/** An MHTML file as Chromium saves it (Blink's MHTMLArchive layout). */
export function mhtmlPage(options: { html?: string | Uint8Array; charset?: string } = {}): string {
  const boundary = '----MultipartBoundary--Fz3uRk1YtA8qmW0cXy5J2bVhLdNs7ePgKoTiQjU9----';
  const html = options.html ?? storyHtml();
  return [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${STORY.url}`,
    `Subject: =?utf-8?Q?Harbour_ferry_returns_after_winter_storms_=7C_Harbour_News?=`,
    'Date: Mon, 23 Nov 2026 09:12:44 -0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    '',
    '',
    `--${boundary}`,
    `Content-Type: text/html${options.charset ? `; charset=${options.charset}` : ''}`,
    'Content-ID: <frame-7A1C0E2B9F4D@mhtml.blink>',
    'Content-Transfer-Encoding: quoted-printable',
    `Content-Location: ${STORY.url}`,
    '',
    quotedPrintable(html),
    `--${boundary}`,
    'Content-Type: image/jpeg',
    'Content-Transfer-Encoding: base64',
    'Content-Location: https://harbour.example/img/ferry.jpg',
    '',
    base64Lines(PHOTO_BYTES),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** A newsletter as a mail client saves it: multipart/alternative with text and HTML, and a PDF attachment. */
export function newsletterEml(options: { subject?: string; date?: string } = {}): string {
  const outer = 'mixed-b1a2c3';
  const alt = 'alt-d4e5f6';
  const html = `<html><body><table><tr><td><h1>${STORY.headline}</h1><p>By ${STORY.byline}</p>
<figure><img src="cid:ferry@x" alt="${STORY.alt}"><figcaption>${STORY.caption} Photo: ${STORY.credit}</figcaption></figure>
${STORY.paragraphs.map((p) => `<p>${p}</p>`).join('')}<p><a href="https://harbour.example/unsubscribe">Unsubscribe</a></p></td></tr></table></body></html>`;
  return [
    'Return-Path: <briefing@harbour.example>',
    'From: "Harbour News Briefing" <briefing@harbour.example>',
    'To: reader@example.org',
    `Subject: ${options.subject ?? '=?utf-8?B?' + Buffer.from(`Morning briefing: ${STORY.headline}`).toString('base64') + '?='}`,
    `Date: ${options.date ?? 'Mon, 23 Nov 2026 06:00:00 +0000'}`,
    'List-Id: Harbour Morning Briefing <briefing.harbour.example>',
    'Message-ID: <20261123060000.briefing@harbour.example>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${outer}"`,
    '',
    'This is a multi-part message in MIME format.',
    `--${outer}`,
    `Content-Type: multipart/alternative; boundary="${alt}"`,
    '',
    `--${alt}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable([STORY.headline, '', ...STORY.paragraphs].join('\n\n')),
    `--${alt}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(strToU8(html)),
    `--${alt}--`,
    `--${outer}`,
    'Content-Type: application/pdf; name="timetable.pdf"',
    'Content-Disposition: attachment; filename="timetable.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(strToU8('%PDF-1.4 ATTACHMENT-MUST-NOT-SHOW')),
    `--${outer}--`,
    '',
  ].join('\r\n');
}

/** An mbox (mboxrd) of several plain-text newsletters. */
export function mbox(subjects: string[]): string {
  return subjects
    .map((subject, i) =>
      [
        `From briefing@harbour.example Mon Nov ${23 - i} 06:00:00 2026`,
        'From: Harbour News Briefing <briefing@harbour.example>',
        `Subject: ${subject}`,
        `Date: Mon, ${23 - i} Nov 2026 06:00:00 +0000`,
        'Content-Type: text/plain; charset=iso-8859-1',
        'Content-Transfer-Encoding: 8bit',
        '',
        `Issue ${i + 1}: ${subject}.`,
        '',
        '>From the harbour master: crossings run every hour. Caf\u00e9 opens at seven.',
        '',
      ].join('\n'),
    )
    .join('\n');
}

/** One article of an edition: its section and the article. */
export interface EditionArticle {
  section: string;
  headline: string;
  paragraphs: string[];
  caption?: { text: string; credit: string };
  url: string;
}

/**
 * An EPUB news edition laid out as calibre's news download builds it (web/feeds/news.py and
 * templates.py): index.html, feed_N/index.html, feed_N/article_M/index.html with navigation
 * bars, an NCX whose top entries are the feeds and whose children are the articles, and the
 * edition's date in dc:date and in the title (`Title [Mon, 23 Nov 2026]`).
 */
export function calibreEdition(title: string, date: string, articles: EditionArticle[], options: { flat?: boolean; extra?: Record<string, Uint8Array> } = {}): Uint8Array {
  const sections = [...new Set(articles.map((a) => a.section))];
  const files: Record<string, Uint8Array> = {};
  const navPoints: string[] = [];
  let play = 1;
  sections.forEach((section, f) => {
    const inSection = articles.filter((a) => a.section === section);
    files[`feed_${f}/index.html`] = strToU8(`<?xml version='1.0' encoding='utf-8'?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>${section}</title></head><body><h2>${section}</h2><ul>${inSection.map((a, m) => `<li><a href="article_${m}/index.html">${a.headline}</a></li>`).join('')}</ul></body></html>`);
    const children = inSection.map((a, m) => {
      // calibre keeps the site's own markup for pictures: here a figure with its caption.
      const fig = a.caption ? `<figure><img src="../../images/p${f}_${m}.jpg" alt="${a.caption.text}"/><figcaption>${a.caption.text} Photo: ${a.caption.credit}</figcaption></figure>` : '';
      files[`feed_${f}/article_${m}/index.html`] = strToU8(`<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>${a.headline}</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/></head><body>
<div class="calibre_navbar calibre_rescale_70" style="text-align:center">| <a href="../article_${m + 1}/index.html">Next</a> | <a href="../index.html#article_${m}">Section menu</a> | <a href="../../index.html#feed_${f}">Main menu</a> | </div>
<div><h2 class="headline">${a.headline}</h2>${fig}${a.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div>
<hr/><div class="calibre_navbar calibre_rescale_70"><p>This article was downloaded by <b>calibre</b> from <a href="${a.url}">${a.url}</a></p><br/><br/>| <a href="../index.html#article_${m}">Section menu</a> | <a href="../../index.html#feed_${f}">Main menu</a> |</div>
</body></html>`);
      return `<navPoint id="a${f}_${m}" playOrder="${++play}" class="article"><navLabel><text>${a.headline}</text></navLabel><content src="feed_${f}/article_${m}/index.html"/></navPoint>`;
    });
    if (options.flat) navPoints.push(...children);
    else navPoints.push(`<navPoint id="f${f}" playOrder="${++play}" class="section"><navLabel><text>${section}</text></navLabel><content src="feed_${f}/index.html"/>${children.join('')}</navPoint>`);
  });
  files['index.html'] = strToU8(`<?xml version='1.0' encoding='utf-8'?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>${title}</title></head><body><h1>${title}</h1><ul>${sections.map((s, f) => `<li><a href="feed_${f}/index.html">${s}</a></li>`).join('')}</ul></body></html>`);
  const docs = Object.keys(files).sort();
  const edition = `${title} [${new Date(`${date}T00:00:00Z`).toUTCString().slice(0, 16)}]`;
  const opf = `<?xml version='1.0' encoding='utf-8'?>
<package xmlns="http://www.idpf.org/2007/opf" unique-identifier="uuid_id" version="2.0">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
<dc:title>${edition}</dc:title><dc:creator opf:role="aut">calibre</dc:creator><dc:publisher>calibre</dc:publisher>
<dc:date>${date}T05:00:00+00:00</dc:date><dc:language>en</dc:language><dc:identifier id="uuid_id" opf:scheme="uuid">3f1c2b7e-0000-4000-8000-000000000001</dc:identifier>
<meta name="calibre:publication_type" content="periodical:unknown:${title}"/></metadata>
<manifest>${docs.map((d, i) => `<item href="${d}" id="html${i}" media-type="application/xhtml+xml"/>`).join('')}<item href="toc.ncx" id="ncx" media-type="application/x-dtbncx+xml"/></manifest>
<spine toc="ncx"><itemref idref="html${docs.indexOf('index.html')}"/>${docs.filter((d) => d !== 'index.html').map((d) => `<itemref idref="html${docs.indexOf(d)}"/>`).join('')}</spine>
<guide><reference href="index.html" title="Start" type="text"/></guide></package>`;
  const ncx = `<?xml version='1.0' encoding='utf-8'?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="en">
<head><meta content="3f1c2b7e-0000-4000-8000-000000000001" name="dtb:uid"/><meta content="2" name="dtb:depth"/></head>
<docTitle><text>${edition}</text></docTitle><navMap>${options.flat ? navPoints.join('') : `<navPoint id="periodical" playOrder="1" class="periodical"><navLabel><text>${edition}</text></navLabel><content src="index.html"/>${navPoints.join('')}</navPoint>`}</navMap></ncx>`;
  return zipSync({
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(`<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`),
    'content.opf': strToU8(opf),
    'toc.ncx': strToU8(ncx),
    ...files,
    ...Object.fromEntries(articles.flatMap((_, i) => [[`images/p${i}.jpg`, PHOTO_BYTES]])),
    ...options.extra,
  });
}
