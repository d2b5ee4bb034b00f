/** What a pass over bytes as UTF-8 found. */
export interface Utf8Scan {
  invalid: number;
  multiByte: number;
  /** An incomplete sequence at the very end (a truncated file), not counted in `invalid`. */
  truncatedTail: boolean;
}

/** Counts valid multi-byte and invalid sequences (RFC 3629 §4; WHATWG maximal-subpart rule). */
export function scanUtf8(b: Uint8Array): Utf8Scan {
  let invalid = 0;
  let multiByte = 0;
  let i = 0;
  const n = b.length;
  while (i < n) {
    const lead = b[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) lo = 0xa0; // overlong
      if (lead === 0xed) hi = 0x9f; // UTF-16 surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) lo = 0x90; // overlong
      if (lead === 0xf4) hi = 0x8f; // above U+10FFFF
    }
    if (need === 0) {
      invalid++;
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need && i + j < n; j++) {
      const c = b[i + j]!;
      if (j === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) break;
    }
    if (j > need) multiByte++;
    else if (i + j >= n) return { invalid, multiByte, truncatedTail: true };
    else invalid++;
    i += j;
  }
  return { invalid, multiByte, truncatedTail: false };
}
