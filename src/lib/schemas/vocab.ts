/** The four official aims of the POK money; every spending line maps to one, or to none. */
export const AIMS = ['capaciteit', 'ondersteuning', 'coordinatie', 'leervermogen'] as const;
export type Aim = (typeof AIMS)[number];

export const PER = ['jaar', 'totaal'] as const;
export const PRECISION = ['exact', 'minimaal', 'afgerond'] as const;
export const PHASES = ['gepland', 'begroot', 'besteed', 'onderbesteed', 'vrijgevallen'] as const;
export const CLASSIFIED_BY = ['bron', 'redactie'] as const;
export const BODIES = ['college', 'raad', 'raadscommissie', 'burgemeester'] as const;
export const DECISION_SUBJECTS = ['plan', 'verzoek', 'motie', 'raadsvoorstel', 'begroting', 'bespreking'] as const;
export const OUTCOMES = ['aangenomen', 'verworpen', 'voorgesteld', 'ter kennisname', 'onbekend'] as const;
export const SEARCH_RESULTS = ['gevonden', 'niets gevonden', 'bekend maar niet openbaar'] as const;
export const SCALES = ['landelijk', 'per gemeente'] as const;
