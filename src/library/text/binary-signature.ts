/**
 * Magic numbers of common binary formats, so a picture or an archive saved into the library
 * folder is reported as "not an article" instead of being decoded into pages of mojibake.
 * Signatures from each format's specification (PNG: RFC 2083 §12.11; ZIP: PKWARE APPNOTE 4.3.7;
 * gzip: RFC 1952 §2.3.1; ELF: System V ABI) and the WHATWG MIME Sniffing Standard §6–7.
 */

/** One signature: `bytes` must match at `offset`; `null` in `bytes` matches any byte. */
interface Signature {
  name: string;
  offset?: number;
  bytes: readonly (number | null)[];
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: ascii('GIF87a') },
  { name: 'GIF image', bytes: ascii('GIF89a') },
  { name: 'WebP image', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { name: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'icon image', bytes: [0x00, 0x00, 0x01, 0x00] },
  { name: 'PDF document', bytes: ascii('%PDF-') },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x07, 0x08] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'bzip2 archive', bytes: [...ascii('BZh'), null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { name: 'xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'zstd archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: '7z archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { name: 'tar archive', offset: 257, bytes: ascii('ustar') },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'Mach-O executable', bytes: [0xce, 0xfa, 0xed, 0xfe] },
  { name: 'Mach-O executable', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'SQLite database', bytes: [...ascii('SQLite format 3'), 0x00] },
  { name: 'MP3 audio', bytes: [...ascii('ID3'), null, 0x00] },
  { name: 'Ogg media', bytes: ascii('OggS') },
  { name: 'FLAC audio', bytes: ascii('fLaC') },
  { name: 'MP4 video', bytes: [0x00, null, null, null, ...ascii('ftyp')] },
  { name: 'WAV audio', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WAVE')] },
  { name: 'AVI video', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('AVI ')] },
  { name: 'font file', bytes: ascii('wOFF') },
  { name: 'font file', bytes: ascii('wOF2') },
];

/**
 * The name of the binary format `bytes` starts with ("PNG image"), or null when none matches.
 * Only formats whose signature cannot plausibly begin a text file are listed.
 */
export function binarySignature(bytes: Uint8Array): string | null {
  for (const sig of SIGNATURES) {
    const offset = sig.offset ?? 0;
    if (bytes.length < offset + sig.bytes.length) continue;
    if (sig.bytes.every((b, i) => b === null || bytes[offset + i] === b)) return sig.name;
  }
  return null;
}
