/**
 * The layer rules of docs/ARCHITECTURE.md, enforced: `npm run lint` (part of `npm test` and CI)
 * fails on an import against the layer order, on a cycle, or on I/O in a pure layer.
 *
 *   cli → config → ui → state → render → keys, store, library
 *   library: live → parse → files, index, formats → text → model
 */
const layer = (name, comment, from, notTo) => ({ name, comment, severity: 'error', from: { path: from }, to: { path: notTo } });
const IO = '^(fs|fs/promises|child_process|net|http|https|worker_threads|dgram|tls)$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle (type-only imports included) ties modules that should be read one after the other.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    layer('config-not-cli', 'config is read by cli; it must not reach up into it.', '^src/config/', '^src/cli/'),
    layer('ui-not-above', 'ui draws and routes; the commands and config loading sit above it.', '^src/ui/', '^src/(cli|config)/'),
    layer('state-not-above', 'state is the pure core: it knows nothing of Ink, config or the commands.', '^src/state/', '^src/(cli|config|ui)/'),
    layer('render-not-above', 'render turns articles into lines for the reader and show; it reads no state.', '^src/render/', '^src/(cli|config|ui|state)/'),
    layer('base-not-above', 'keys, store and library are the base: they import nothing above them.', '^src/(keys|store|library)/', '^src/(cli|config|ui|state|render)/'),
    layer('base-apart', 'keys, store and library do not depend on each other.', '^src/keys/', '^src/(store|library)/'),
    layer('store-apart', 'keys, store and library do not depend on each other.', '^src/store/', '^src/(keys|library)/'),
    layer('library-apart', 'keys, store and library do not depend on each other.', '^src/library/', '^src/(keys|store)/'),
    layer('model-is-leaf', 'the article model is what every stage speaks; it imports no stage.', '^src/library/model/', '^src/library/(files|text|formats|parse|index|live)/'),
    layer('text-low', 'text functions work on strings only.', '^src/library/text/', '^src/library/(files|formats|parse|index|live)/'),
    layer('formats-low', 'a parser turns text into articles; it reads no files and knows no index.', '^src/library/formats/', '^src/library/(files|parse|index|live)/'),
    layer('files-low', 'scanning and reading bytes know nothing of parsing.', '^src/library/files/', '^src/library/(text|formats|parse|index|live)/'),
    layer('index-low', 'the index stores summaries and words; it does not parse.', '^src/library/index/', '^src/library/(files|formats|parse|live)/'),
    layer('parse-not-live', 'parsing one file knows nothing of the running library.', '^src/library/parse/', '^src/library/live/'),
    {
      name: 'text-formats-light',
      comment:
        'a library of text files is read without the parsers of pages, feeds, Markdown, books, mail and newsboat (parse/text-file.ts): nothing the text path imports may reach them.',
      severity: 'error',
      from: { path: '^src/library/(parse/(text-file|text-articles)|formats/detect-format)\\.ts$' },
      to: {
        path: '^node_modules/(linkedom|@mozilla/readability|htmlparser2|yaml|entities|better-sqlite3|fflate|cssomnom)/|^src/library/formats/(html|epub)/|^src/library/formats/(detect|detect-bytes|feed|markdown|json|newsboat|mhtml|email)\\.ts$|^src/library/(files/newsboat-cache|parse/(container-articles|articles-from-bytes|parse-scanned-file))\\.ts$',
        reachable: true,
      },
    },
    {
      name: 'pure-no-io',
      comment: 'state, keys, render and the parsers (model, text, formats) do no I/O: effects live at the edges.',
      severity: 'error',
      from: { path: '^src/(state|keys|render|library/(model|text|formats))/' },
      to: { dependencyTypes: ['core'], path: IO },
    },
    {
      name: 'no-ink-below-ui',
      comment: 'only ui (and cli, which starts it) may use React or Ink; type-only imports are fine.',
      severity: 'error',
      from: { path: '^src/(state|keys|render|store|library|config)/' },
      to: { path: '^node_modules/(ink|react|ink-text-input)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-ui-file-system',
      comment: 'ui never touches the file system (STYLE.md).',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { dependencyTypes: ['core'], path: '^(fs|fs/promises)$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
