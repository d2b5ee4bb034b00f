/**
 * The character encoding a file declares about itself, for bytes that carry no BOM:
 * `<?xml version="1.0" encoding="ISO-8859-1"?>` in a feed, `<meta charset="windows-1252">`
 * or `<meta http-equiv="Content-Type" content="text/html; charset=...">` in a saved page.
 */

// Browsers look for <meta charset> in the first 1024 bytes (HTML "prescan"); 2 KB allows for
// a long <head> preamble of comments, while staying a cheap, bounded look.
const HEAD_LIMIT = 2048;

const XML_DECL = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i;

/**
 * The encoding label declared at the start of a document (XML declaration, `<meta charset>`
 * or `http-equiv` content type), lower-cased, or null when there is none or the label is not
 * one `TextDecoder` knows. `head` is the file's start decoded as Latin-1 or UTF-8; only its
 * first 2 KB are read.
 */
export function declaredCharset(head: string): string | null {
  const start = head.slice(0, HEAD_LIMIT).replace(/^\uFEFF/, '');
  const label = (XML_DECL.exec(start) ?? META_CHARSET.exec(start))?.[1]?.trim().toLowerCase();
  if (!label) return null;
  try {
    new TextDecoder(label);
  } catch {
    return null; // An unknown label ("x-mac-klingon") is ignored, as browsers do.
  }
  return label;
}
