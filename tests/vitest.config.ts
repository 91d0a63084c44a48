import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit and data tests: pure src/lib code in Node, no Astro build needed.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
    environment: 'node',
    // A timeout, not a speed target: the mutation and share-image tests take a few seconds alone
    // and several times that on a busy two-core machine. Speed is measured by `npm run bench`.
    testTimeout: 30_000,
  },
});
