/**
 * File extensions that are certainly not articles. Article formats are detected by content, so
 * everything else is offered to the parsers; this list only keeps the pictures, archives and page
 * assets that "Save page as… complete" and downloads leave next to articles out of the problem
 * list's "could not parse" noise, with a clearer reason.
 */
const CATEGORIES: Record<string, readonly string[]> = {
  image: ['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'ico', 'tif', 'tiff', 'heic', 'heif', 'avif', 'svg', 'psd', 'raw'],
  audio: ['mp3', 'm4a', 'wav', 'flac', 'ogg', 'oga', 'opus', 'aac'],
  video: ['mp4', 'm4v', 'mov', 'avi', 'mkv', 'webm', 'ogv'],
  archive: ['zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', '7z', 'rar', 'tar'],
  PDF: ['pdf'],
  document: ['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp'],
  font: ['woff', 'woff2', 'ttf', 'otf', 'eot'],
  program: ['exe', 'dll', 'so', 'dylib', 'bin', 'class', 'o', 'a', 'wasm', 'jar'],
  database: ['sqlite', 'db'],
  stylesheet: ['css'],
  script: ['js', 'mjs', 'cjs', 'map'],
};

const BY_EXTENSION = new Map(
  Object.entries(CATEGORIES).flatMap(([category, exts]) => exts.map((ext) => [ext, category] as const)),
);

/** The kind of non-article a file name says it is ("image"), or null to offer it to the parsers. */
export function nonArticleKind(name: string): string | null {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return null;
  return BY_EXTENSION.get(name.slice(dot + 1).toLowerCase()) ?? null;
}
