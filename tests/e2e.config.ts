import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser and build tests: run against dist/ (built first by `npm test`) in Debian's Chromium.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Timeouts are a safety net, not speed targets (speed is `npm run bench`): a page check takes
    // seconds alone and can take a minute or more on a busy two-core machine.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // One browser at a time: these machines have two cores.
    fileParallelism: false,
  },
});
