import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('commands run through .ci/npm (the README commands and CI)', () => {
  test('run with Astro telemetry and its update check switched off, also when the caller did not say so', () => {
    // A clean environment: the variables must come from .ci/npm itself, not from this test run.
    const result = spawnSync(
      'bash',
      [
        '.ci/npm',
        'exec',
        '--',
        'node',
        '-e',
        'console.log(JSON.stringify([process.env.ASTRO_TELEMETRY_DISABLED, process.env.ASTRO_DISABLE_UPDATE_CHECK]))',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
        timeout: 120_000,
      },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout.trim().split('\n').at(-1)!)).toEqual(['1', 'true']);
  }, 150_000);
});
