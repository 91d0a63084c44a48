import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { nameWriteErrors } from './write-errors';

/**
 * The output folder (dist/, or POK_OUT_DIR) is either a complete new site or no site at all.
 * A build removes the previous site first (a failed build must not leave it looking like its own
 * result), writes into `<outDir>.unfinished/`, and renames that to the output folder only when
 * everything, the search index included, has been written. A failed or interrupted build leaves
 * no output folder, and a folder whose name says what it is. Write errors name their file.
 * Put this integration last: its done hook runs after the others'.
 *
 * The previous site is moved aside at once (into `<outDir>.removing/`) and removed while the build
 * works: deleting some 10 000 files took seconds of file system work on its own, before Astro
 * had started. The done hook waits for the removal before it puts the new site in place.
 */
export default function atomicOutput(): AstroIntegration {
  let target = '';
  let staging = '';
  let restoreWrites: (() => void) | null = null;
  let removal: Promise<void> = Promise.resolve();
  return {
    name: 'pok-atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        target = fileURLToPath(config.outDir).replace(/\/+$/, '');
        const root = fileURLToPath(config.root).replace(/\/+$/, '');
        // Never remove the project itself or a folder around it (an outDir of "./" or "..").
        if (!relative(root, target) || !relative(target, root).startsWith('..')) {
          throw new Error(`outDir ${target} holds the project; choose a folder of its own, such as dist/`);
        }
        staging = `${target}.unfinished`;
        if (existsSync(target))
          logger.info(`removing the previous site in ${target}; the new one appears there when the build is complete`);
        removal = removeInBackground([staging, target], `${target}.removing`);
        // A URL, as the resolved config holds it (Astro reads outDir.href while writing pages).
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        restoreWrites = nameWriteErrors();
      },
      'astro:build:done': async ({ logger }) => {
        restoreWrites?.();
        await removal;
        renameSync(staging, target);
        logger.info(`the complete site is in ${target}`);
      },
    },
  };
}

/**
 * Moves each folder that exists into `trash` (a rename: they are gone from their place at once)
 * and removes the trash in the background, with whatever an interrupted build left in it. A
 * worker thread removes it, not fs.promises.rm: that runs one job per file on libuv's few
 * threads, the same ones Astro writes the new site with.
 */
function removeInBackground(folders: string[], trash: string): Promise<void> {
  mkdirSync(trash, { recursive: true });
  for (const folder of folders.filter((f) => existsSync(f)))
    renameSync(folder, join(trash, randomBytes(6).toString('hex')));
  const removal = new Promise<void>((resolve, reject) => {
    const worker = new Worker(
      "require('node:fs').rmSync(require('node:worker_threads').workerData, { recursive: true, force: true });",
      { eval: true, workerData: trash },
    );
    worker.on('error', (error) =>
      reject(new Error(`The previous site in ${trash} could not be removed: ${error.message}`)),
    );
    worker.on('exit', () => resolve());
  });
  // A failure is reported when the done hook awaits it, not as an unhandled rejection before.
  removal.catch(() => undefined);
  return removal;
}
