import { existsSync, renameSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
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
 */
export default function atomicOutput(): AstroIntegration {
  let target = '';
  let staging = '';
  let restoreWrites: (() => void) | null = null;
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
        rmSync(staging, { recursive: true, force: true });
        if (existsSync(target)) logger.info(`removing the previous site in ${target}; the new one appears there when the build is complete`);
        rmSync(target, { recursive: true, force: true });
        // A URL, as the resolved config holds it (Astro reads outDir.href while writing pages).
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        restoreWrites = nameWriteErrors();
      },
      'astro:build:done': ({ logger }) => {
        restoreWrites?.();
        renameSync(staging, target);
        logger.info(`the complete site is in ${target}`);
      },
    },
  };
}
