/** The four official aims of the POK money; every spending line maps to one, or to none. */
export const AIMS = ['capaciteit', 'ondersteuning', 'coordinatie', 'leervermogen'] as const;
export type Aim = (typeof AIMS)[number];

export const PER = ['jaar', 'totaal'] as const;
/**
 * How the source ends a period at jaar_tot: "tot en met" (t/m 2027, tot en met 2027, 2022-2027, a
 * year or a table column: the year itself counts) or "tot" (the source says "tot 2027": the site
 * writes "tot 2027" and counts only the years before it).
 */
export const END_BOUNDS = ['tot en met', 'tot'] as const;
export type EndBound = (typeof END_BOUNDS)[number];
/**
 * How precisely the source states an amount: exact; minimaal ("ruim 5 miljoen"); maximaal ("tot
 * maximaal € 10.000"); afgerond ("zo'n", "circa", "€ 2,9 miljoen"); bandbreedte (a stated range
 * "23 tot 25 miljoen", in bedrag_min and bedrag_max).
 */
export const PRECISION = ['exact', 'minimaal', 'maximaal', 'afgerond', 'bandbreedte'] as const;
export type Precision = (typeof PRECISION)[number];
export const PHASES = ['gepland', 'begroot', 'besteed', 'onderbesteed', 'vrijgevallen'] as const;
export const CLASSIFIED_BY = ['bron', 'redactie'] as const;
export const BODIES = ['college', 'raad', 'raadscommissie', 'burgemeester'] as const;
export const DECISION_SUBJECTS = ['plan', 'verzoek', 'motie', 'raadsvoorstel', 'begroting', 'bespreking'] as const;
export const OUTCOMES = ['aangenomen', 'verworpen', 'voorgesteld', 'ter kennisname', 'onbekend'] as const;
/** What a decision about a request (onderwerp verzoek) did with the request itself. */
export const REQUEST_OUTCOMES = ['ingewilligd', 'deels ingewilligd', 'afgewezen', 'onbekend'] as const;
/**
 * What came of a search for a gemeente's documents, or of asking the gemeente for them: a request
 * (opgevraagd, with its kind in `verzoek`), and later its answer (ontvangen: the documents
 * arrived; geweigerd: the gemeente refused).
 */
export const SEARCH_RESULTS = ['gevonden', 'niets gevonden', 'bekend maar niet openbaar', 'opgevraagd', 'ontvangen', 'geweigerd'] as const;
/** The results that are about a request for documents, not about a search. */
export const REQUEST_RESULTS = ['opgevraagd', 'ontvangen', 'geweigerd'] as const;
/** How documents were asked for: a Woo-verzoek (Wet open overheid), or written questions of a council member. */
export const REQUEST_KINDS = ['woo-verzoek', 'schriftelijke vragen'] as const;
export const SCALES = ['landelijk', 'per gemeente'] as const;
