/** Types of parse-shapes.mjs, for the tests that share its shapes. */
export declare const SHAPES: Record<string, (bytes: number, rand: () => number) => string>;
export declare function shapesOf(bytes: number, names?: string[]): { shape: string; rel: string; text: string }[];
