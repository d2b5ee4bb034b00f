/** Types of report.mjs, for the tests of the tables it writes. */
export declare function figures(r: unknown): Record<string, unknown> | null;
export declare function table(results: unknown[]): { markdown: string; notes: string[] };
export declare function targetsMarkdown(results: unknown[], parse?: unknown): string;
