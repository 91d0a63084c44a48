import evidence from './a11y-evidence.json';

/** One page type checked with axe-core, and what it found. */
export interface AxePageResult {
  name: string;
  label?: string;
  path: string;
  violations: number;
  rules: string[];
}

/** The outcome of the last accessibility test run (written by tests/e2e/a11y.test.ts). */
export interface A11yEvidence {
  date: string;
  tool: string;
  browser?: string;
  standard: string;
  tags: string[];
  pages: AxePageResult[];
  keyboard: { name: string; passed: boolean }[];
  violations: number;
}

/** The latest accessibility test evidence, as committed with the site. */
export const A11Y_EVIDENCE: A11yEvidence = evidence;

/** True when every checked page had no violation and every keyboard journey passed. */
export const allPassed = (e: A11yEvidence) => e.violations === 0 && e.pages.every((p) => p.violations === 0) && e.keyboard.every((k) => k.passed);
