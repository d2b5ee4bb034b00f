/**
 * Photo captions in saved page text. A page shows each caption twice: once as a bullet
 * (`• Russian FM spokesperson Maria Zakharova.`) and once with its credit
 * (`Russian FM spokesperson Maria Zakharova. | Photo: X/ @Lantidiplomatic`). Both lines are
 * one caption and must not be read as two.
 */
import type { Caption } from '../../model/article.js';
import { readPhotoLine } from './page-lines.js';
import type { TextItem } from '../text-lines.js';

/** A caption found at an item, and how many items it used up. */
export interface CaptionMatch {
  caption: Caption;
  consumed: number;
}

function same(a: string, b: string): boolean {
  const key = (s: string): string => s.toLowerCase().replace(/[\s.,;:!?"'”’]+$/u, '');
  return key(a) === key(b);
}

/**
 * Reads the caption starting at `items[i]`: a bullet followed by its `| Photo:` line or by a
 * plain repeat of itself, a plain line followed by its `| Photo:` line, or a `| Photo:` line
 * alone. A bullet standing alone is a caption only when `loneBulletIsCaption` (between the
 * headline and the standfirst); in the body it is a list item. Returns null otherwise.
 */
export function captionAt(
  items: readonly TextItem[],
  i: number,
  loneBulletIsCaption: boolean,
): CaptionMatch | null {
  const item = items[i];
  if (!item) return null;
  const photo = readPhotoLine(item.text);
  if (photo) {
    return photo.text === '' ? null : { caption: photo, consumed: 1 };
  }
  const next = items[i + 1];
  const nextPhoto = next && !next.bullet ? readPhotoLine(next.text) : null;
  // A bullet is the image (its alt text); the `| Photo:` line right under it is that same
  // image's visible caption even when the two texts differ, so it wins. Not so for a list
  // of bullets (a gallery listing its images first): there the texts must match.
  const inList = item.blanksBefore === 0 && items[i - 1]?.bullet === true;
  const pairs = nextPhoto && (nextPhoto.text === '' || same(nextPhoto.text, item.text) || (item.bullet && !inList));
  if (nextPhoto && pairs) {
    const text = nextPhoto.text === '' ? item.text : nextPhoto.text;
    return { caption: { text, credit: nextPhoto.credit }, consumed: 2 };
  }
  if (!item.bullet) return null;
  if (next && !next.bullet && same(next.text, item.text)) {
    // The repeat may itself be followed by a bare credit line ("Photo: EFE").
    const after = items[i + 2];
    const credit = after ? readPhotoLine(after.text) : null;
    if (credit && credit.text === '') {
      return { caption: { text: item.text, credit: credit.credit }, consumed: 3 };
    }
    return { caption: { text: item.text, credit: null }, consumed: 2 };
  }
  return loneBulletIsCaption ? { caption: { text: item.text, credit: null }, consumed: 1 } : null;
}

/**
 * Adds a caption unless the article already has it (a gallery may list its bullets before
 * their `| Photo:` lines); a repeat only fills in a missing credit. Returns true when added.
 */
export function addCaption(captions: Caption[], caption: Caption): boolean {
  const known = captions.find((c) => same(c.text, caption.text));
  if (!known) {
    captions.push({ ...caption });
    return true;
  }
  known.credit ??= caption.credit;
  return false;
}
