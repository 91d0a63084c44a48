import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import atomicOutput from '../../../src/integrations/atomic-output';

const root = mkdtempSync(join(tmpdir(), 'pok-atomic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const logger = { info: () => {}, warn: () => {}, error: () => {} };

/** Runs the integration's setup hook as Astro would for a command; returns the outDir it sets. */
function setup(
  integration: ReturnType<typeof atomicOutput>,
  command: string,
  outDir: string,
  project = root,
): URL | undefined {
  let updated: URL | undefined;
  const hook = integration.hooks['astro:config:setup'] as unknown as (options: unknown) => void;
  hook({
    command,
    config: { root: pathToFileURL(`${project}/`), outDir: pathToFileURL(`${outDir}/`) },
    updateConfig: (c: { outDir: URL }) => (updated = c.outDir),
    logger,
  });
  return updated;
}
const done = (integration: ReturnType<typeof atomicOutput>) =>
  (integration.hooks['astro:build:done'] as unknown as (options: unknown) => Promise<void>)({ logger });

describe('atomicOutput', () => {
  test('removes the previous site when a build starts, and builds into <outDir>.unfinished', async () => {
    const dist = join(root, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'the previous site');
    const integration = atomicOutput();
    const staging = setup(integration, 'build', dist);
    expect(staging?.href).toBe(pathToFileURL(`${dist}.unfinished/`).href);
    // A build that fails from here on leaves no dist/ that looks like its result.
    expect(existsSync(dist)).toBe(false);

    mkdirSync(`${dist}.unfinished`);
    writeFileSync(join(`${dist}.unfinished`, 'index.html'), 'the new site');
    await done(integration);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the new site');
    expect(existsSync(`${dist}.unfinished`)).toBe(false);
    // The previous site was removed in the background; the done hook waited for it.
    expect(existsSync(`${dist}.removing`)).toBe(false);
  });

  test('clears what an interrupted build left in <outDir>.unfinished and <outDir>.removing', async () => {
    const dist = join(root, 'out');
    mkdirSync(`${dist}.unfinished`);
    writeFileSync(join(`${dist}.unfinished`, 'stale.html'), 'half a site');
    mkdirSync(join(`${dist}.removing`, 'left'), { recursive: true });
    writeFileSync(join(`${dist}.removing`, 'left', 'old.html'), 'half removed');
    const integration = atomicOutput();
    setup(integration, 'build', dist);
    expect(existsSync(`${dist}.unfinished`)).toBe(false);
    mkdirSync(`${dist}.unfinished`);
    await done(integration);
    expect(existsSync(`${dist}.removing`)).toBe(false);
    expect(existsSync(dist)).toBe(true);
  });

  test('does nothing in astro dev, preview or check', () => {
    const dist = join(root, 'kept');
    mkdirSync(dist);
    for (const command of ['dev', 'preview', 'sync']) expect(setup(atomicOutput(), command, dist)).toBeUndefined();
    expect(existsSync(dist)).toBe(true);
  });

  test('refuses an outDir that holds the project instead of removing it', () => {
    const project = join(root, 'project');
    mkdirSync(project);
    expect(() => setup(atomicOutput(), 'build', project, project)).toThrow('holds the project');
    expect(() => setup(atomicOutput(), 'build', root, project)).toThrow('holds the project');
    expect(existsSync(project)).toBe(true);
  });
});
