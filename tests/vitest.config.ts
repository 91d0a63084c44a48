import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit and data tests: pure src/lib code in Node, no Astro build needed.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
    environment: 'node',
  },
});
