/** Types of report.mjs, for the tests of the tables it writes. */
export declare function figures(r: unknown): Record<string, unknown> | null;
export declare function table(results: unknown[]): { markdown: string; notes: string[] };
export declare function targetsMarkdown(results: unknown[], parse?: unknown): string;
/** RESULTS.md from `report`, with `old`'s hand-written bounds section and history section kept word for word. */
export declare function withKeptSections(old: string, report: string): string;
