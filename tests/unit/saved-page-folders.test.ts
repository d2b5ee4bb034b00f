/**
 * Issue 14, item 5: "Webpage, Complete" saves (Firefox, Chromium) put the page's pictures, styles
 * and frames in `Name_files/` beside `Name.html`. That folder is part of the page, not articles;
 * the page keeps its pictures' alt text and captions.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanFolder } from '../../src/library/files/scan.js';
import { parseFileArticles } from '../../src/library/parse/parse-scanned-file.js';
import { PHOTO_BYTES, STORY, storyHtml } from '../helpers/format-files.js';

describe('saved pages with a _files folder', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'inkpress-saved-page-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('does not scan the folder beside a page, and keeps the page’s captions and alt text', async () => {
    writeFileSync(join(dir, 'Harbour ferry.html'), storyHtml('./Harbour ferry_files/ferry.jpg'));
    mkdirSync(join(dir, 'Harbour ferry_files'));
    writeFileSync(join(dir, 'Harbour ferry_files', 'ferry.jpg'), PHOTO_BYTES);
    writeFileSync(join(dir, 'Harbour ferry_files', 'style.css'), 'body{}');
    writeFileSync(join(dir, 'Harbour ferry_files', 'ad-frame.html'), '<html><body><h1>Win a cruise</h1><p>Click here now to claim your prize today.</p></body></html>');
    mkdirSync(join(dir, 'Notes_files'));
    writeFileSync(join(dir, 'Notes_files', 'kept.txt'), 'Kept note\n\nNo Notes.html beside this folder, so it is an ordinary folder.\n');

    const scan = await scanFolder(dir);
    expect(scan.files.map((f) => f.rel)).toEqual(['Harbour ferry.html', 'Notes_files/kept.txt']);
    expect(scan.problems).toEqual([]);
    expect(scan.folders.some((f) => f.endsWith('Harbour ferry_files'))).toBe(false);

    const page = parseFileArticles(scan.files[0]!);
    if (!page.ok) throw new Error(page.reason);
    expect(page.articles[0]!.captions[0]).toEqual({ text: STORY.caption, credit: STORY.credit });
  });

  it('keeps a picture’s alt text as its caption when the page gives it no caption', async () => {
    const html = storyHtml('Page_files/ferry.jpg').replace(/<figure>[\s\S]*<\/figure>/, `<p><img src="Page_files/ferry.jpg" alt="${STORY.alt}"></p>`);
    writeFileSync(join(dir, 'Page.htm'), html);
    mkdirSync(join(dir, 'Page_files'));
    writeFileSync(join(dir, 'Page_files', 'ferry.jpg'), PHOTO_BYTES);
    const scan = await scanFolder(dir);
    expect(scan.files.map((f) => f.rel)).toEqual(['Page.htm']);
    const page = parseFileArticles(scan.files[0]!);
    expect(page.ok && page.articles[0]!.captions.map((c) => c.text)).toEqual([STORY.alt]);
  });
});
