/**
 * 12,345: a whole number with its digits grouped by threes, as `toLocaleString('en-US')` writes
 * it, without it: the first Intl number format of a process loads 4-5 MB of ICU data that stays
 * resident (bench/RESULTS.md, "Warm peak RSS: session 10"), and a parse worker is the reader's process.
 */
export const groupDigits = (n: number): string => String(Math.trunc(n)).replace(/\B(?=(\d{3})+$)/g, ',');
