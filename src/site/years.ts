/** First and last year the POK money covers (2021-2027 today); every year in data/ must lie in this range. */
export const YEAR_MIN = 2021;
export const YEAR_MAX = 2027;

/** Years for which CBS population figures are kept (inwoners.csv). */
export const POPULATION_YEAR_MIN = 2022;
export const POPULATION_YEAR_MAX = 2025;

/**
 * Earliest plausible date of a source, decision, mention or search: the POK money follows the
 * childcare-benefits affair, which reached the news and parliament in 2019; an earlier date is a
 * typing error (1899, 0024). The latest is the day of the build: what is recorded has happened.
 */
export const DATE_MIN = '2019-01-01';
