/**
 * The symbol of each coverage level with facts, drawn beside its colour in the matrix and on the
 * coverage map, so a level never rests on colour alone.
 */
export const COVERAGE_SYMBOL: Record<string, string> = { bedragen: '●', besluiten: '◆', genoemd: '▲' };
