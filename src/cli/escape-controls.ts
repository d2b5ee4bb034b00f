/**
 * Control characters as visible escapes (`\x1b`, `\u009b`), so a message that quotes a file's
 * bytes (V8's JSON.parse error quotes the input; an article id from an import file) can never
 * move the cursor, ring the bell or retitle the terminal. C0, DEL, C1, and the line and bidi
 * controls that reorder or break a line.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character shown as an escape. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
