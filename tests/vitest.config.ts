import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit and data tests: pure src/lib code in Node, no Astro build needed.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
    environment: 'node',
    // A few tests do seconds of real work (400 validations of the fixture, share images in worker
    // threads); on a shared two-core machine the default 5 s made them fail on load, not on results.
    testTimeout: 30_000,
  },
});
