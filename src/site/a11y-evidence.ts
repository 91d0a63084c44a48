import evidence from './a11y-evidence.json';

/** One page type checked with axe-core, and what it found. */
export interface AxePageResult {
  name: string;
  label?: string;
  path: string;
  violations: number;
  rules: string[];
}

/**
 * The outcome of one full accessibility test run, written on purpose by `npm run a11y-evidence`
 * (tests/e2e/a11y.test.ts with POK_WRITE_A11Y_EVIDENCE=1) and committed; never by `npm test`.
 */
export interface A11yEvidence {
  date: string;
  /** Short hash of the commit whose build was tested. */
  commit: string;
  /** False when the tested work tree had changes that were not committed. */
  clean: boolean;
  tool: string;
  browser?: string;
  standard: string;
  tags: string[];
  pages: AxePageResult[];
  keyboard: { name: string; passed: boolean }[];
  violations: number;
}

/** The accessibility test evidence, as committed with the site. */
export const A11Y_EVIDENCE: A11yEvidence = evidence;

/** True when every checked page had no violation and every keyboard journey passed. */
export const allPassed = (e: A11yEvidence) =>
  e.violations === 0 && e.pages.every((p) => p.violations === 0) && e.keyboard.every((k) => k.passed);
