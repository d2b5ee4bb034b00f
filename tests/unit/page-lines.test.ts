import { describe, expect, it } from 'vitest';
import { isLoneHeadline } from '../../src/library/formats/page-text/lone-headline.js';
import { readByline, readDateLine } from '../../src/library/formats/meta-lines.js';
import {
  isCommentsLine,
  isDisclaimer,
  isNavLabel,
  readBreadcrumb,
  readEmbedSource,
  readPhotoLine,
  readRelatedMarker,
} from '../../src/library/formats/page-text/page-lines.js';

describe('isNavLabel', () => {
  it.each([
    'Live', 'Audio Only', 'google plus', 'Google+', 'facebook', 'Share on Facebook', 'twitter', 'Tweet', 'X',
    'WhatsApp', 'Telegram', 'email', 'Print', 'Copy link', 'Share', 'Share this:', 'Share via Email',
    'Facebook | Twitter | Email', 'Facebook Twitter WhatsApp',
  ])('drops %j', (label) => expect(isNavLabel(label)).toBe(true));

  it.each(['Live music returns to the square.', 'Facebook fined in court', 'X marks the spot', 'Share prices fell.'])(
    'keeps %j',
    (text) => expect(isNavLabel(text)).toBe(false),
  );
});

describe('isCommentsLine', () => {
  it.each(['Post with no comments.', 'Post with 4 comments.', '3 comments.', '1 comment', 'Comments (5)', 'No comments yet'])(
    'recognises %j',
    (line) => expect(isCommentsLine(line)).toBe(true),
  );
  it('keeps a sentence about comments', () => {
    expect(isCommentsLine('The minister made no comments on the talks.')).toBe(false);
  });
});

describe('readBreadcrumb', () => {
  it('splits breadcrumbs of any depth', () => {
    expect(readBreadcrumb('News > Palestine')).toEqual(['News', 'Palestine']);
    expect(readBreadcrumb('Home > News > Sport')).toEqual(['Home', 'News', 'Sport']);
    expect(readBreadcrumb('News › World › Europe')).toEqual(['News', 'World', 'Europe']);
  });
  it('rejects sentences that contain ">"', () => {
    expect(readBreadcrumb('Inflation > 5% worried the bank.')).toBeNull();
    expect(readBreadcrumb('Headline')).toBeNull();
  });
});

describe('readPhotoLine', () => {
  it('splits caption and credit', () => {
    expect(readPhotoLine('Russian FM spokesperson Maria Zakharova. | Photo: X/ @Lantidiplomatic')).toEqual({
      text: 'Russian FM spokesperson Maria Zakharova.',
      credit: 'X/ @Lantidiplomatic',
    });
  });
  it('gives credit null when the credit is empty, and reads a lone credit', () => {
    expect(readPhotoLine('A caption. | Photo:')).toEqual({ text: 'A caption.', credit: null });
    expect(readPhotoLine('Photo: EFE')).toEqual({ text: '', credit: 'EFE' });
  });
  it('ignores text that only mentions photos', () => {
    expect(readPhotoLine('The photo shows the square.')).toBeNull();
  });
});

describe('embeds and related markers', () => {
  it('reads tweet and Instagram attributions', () => {
    expect(readEmbedSource('— teleSUR English (@telesurenglish) October 26, 2023')).toBe(
      '— teleSUR English (@telesurenglish) October 26, 2023',
    );
    expect(readEmbedSource('A post shared by Example Club (@exampleclub)')).not.toBeNull();
    expect(readEmbedSource('— and then the crowd left.')).toBeNull();
  });
  it('reads RELATED: markers with or without an inline headline', () => {
    expect(readRelatedMarker('RELATED:')).toBe('');
    expect(readRelatedMarker('Related: Night Buses Return')).toBe('Night Buses Return');
    expect(readRelatedMarker('Related talks will follow next week.')).toBeNull();
  });
});

describe('isDisclaimer', () => {
  it('recognises opinion disclaimers', () => {
    expect(isDisclaimer("The opinions expressed in this article are the author's own and do not necessarily reflect the views of teleSUR.")).toBe(true);
    expect(isDisclaimer('The views expressed here are those of the author.')).toBe(true);
  });
  it('keeps a body sentence about views', () => {
    expect(isDisclaimer('Protesters expressed their views outside parliament on Monday.')).toBe(false);
  });
});

describe('readByline and readDateLine', () => {
  it('reads bylines but not sentences starting with "By"', () => {
    expect(readByline('By Jane Doe')).toBe('Jane Doe');
    expect(readByline('By: Ana de la Cruz and John Roe')).toBe('Ana de la Cruz and John Roe');
    expect(readByline('By the end of the year, prices rose.')).toBeNull();
  });
  it('reads Published, Outlet | date and bare dates; a sentence is not a date line', () => {
    expect(readDateLine('Published 26 October 2023')).toEqual({ published: '2023-10-26', outlet: null, kind: 'published' });
    expect(readDateLine('Example Herald | May 30, 2017')).toEqual({ published: '2017-05-30', outlet: 'Example Herald', kind: 'bare' });
    expect(readDateLine('May 30, 2017 | Example Herald')?.outlet).toBe('Example Herald');
    expect(readDateLine('Updated Thursday, 26 October 2023 14:05')?.kind).toBe('updated');
    expect(readDateLine('Published by the ministry')).toBeNull();
    expect(readDateLine('On 26 October 2023 the talks began.')).toBeNull();
  });
});

describe('isLoneHeadline', () => {
  it.each([
    ['Israeli Tanks Raid Northern Gaza Strip', 2],
    ['Israeli Tanks Raid Northern Gaza Strip', 1],
    ['Israeli tanks raid northern Gaza Strip', 2],
    ['Zakharova: "Ceasefire Now"', 2],
    ['Are Sanctions Working in the Region?', 2],
  ])('takes %j (blank lines before: %i) as a related headline', (text, blanks) => {
    expect(isLoneHeadline(text, blanks)).toBe(true);
  });

  it.each([
    ['Nobody left early.', 2, 'ends with a full stop'],
    ['The Mood in the Hall Was Calm.', 2, 'a Title Case line with a full stop is still a sentence'],
    ['He called it "a promise kept."', 2, 'full stop inside closing quotes'],
    ['Background', 2, 'a one-word crosshead'],
    ['Israeli tanks raid northern Gaza Strip', 1, 'sentence case with a single blank line'],
    ['Are Sanctions Working in the Region?', 1, 'a question needs the double blank line'],
    ['These are the demands:', 2, 'introduces a list'],
    ['teleSUR/ JF Staff Reports', 2, 'a sign-off'],
    ['the talks continue Without Pause Today', 2, 'starts in lower case'],
  ])('keeps %j (blank lines before: %i) as text: %s', (text, blanks) => {
    expect(isLoneHeadline(text, blanks)).toBe(false);
  });
});
