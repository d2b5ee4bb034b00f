/**
 * Whether a page's or feed item's summary only repeats the start of its body, so a parser
 * shows it once rather than twice.
 */

/** Lower-case letters and digits only: straight and curly quotes, dashes or "[...]" do not count. */
export function bareLetters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether `summary`'s first 60 letters and digits appear in one of the paragraphs. */
export function echoedIn(summary: string, paragraphs: readonly string[]): boolean {
  const probe = bareLetters(summary).slice(0, 60);
  return paragraphs.some((p) => bareLetters(p).includes(probe));
}
