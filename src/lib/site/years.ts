/** First and last year the POK money covers (2021-2027 today); every year in data/ must lie in this range. */
export const YEAR_MIN = 2021;
export const YEAR_MAX = 2027;

/** Years for which CBS population figures are kept (inwoners.csv). */
export const POPULATION_YEAR_MIN = 2022;
export const POPULATION_YEAR_MAX = 2025;
