/** Which article addresses may be handed to a browser. Pure: the reducer and the opener share it. */

/** The protocols a browser is asked to open; anything else (`javascript:`, `file:`) is refused. */
export const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/** What an article's address turned out to be. */
export type WebUrlCheck =
  | { ok: true; url: string }
  | { ok: false; reason: 'none' | 'unparsable' | 'protocol'; protocol?: string };

/**
 * Parses an address with `new URL` and accepts only `http:` and `https:`. The accepted URL is
 * the parser's `href`: normalised, with control characters and spaces percent-encoded, so it is
 * safe to show and is exactly one argument for the opener.
 */
export function checkWebUrl(raw: string | null | undefined): WebUrlCheck {
  if (raw === null || raw === undefined || raw.trim() === '') return { ok: false, reason: 'none' };
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    return { ok: false, reason: 'unparsable' };
  }
  if (!WEB_PROTOCOLS.has(parsed.protocol)) return { ok: false, reason: 'protocol', protocol: parsed.protocol };
  return { ok: true, url: parsed.href };
}
