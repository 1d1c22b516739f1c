/** ISO dates (YYYY-MM-DD) sort as plain strings, without a collator's cost. */
export const compareIsoDates = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
