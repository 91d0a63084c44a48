// `npm run audit-data`: prints, for every fact row in data/, the amount, period, precision and
// date the row encodes beside the words of its quote that state them, with "!!" where the row says
// more than its quote. A script for a reviewer, not a test: it prints and exits 0 (1 only when
// data/ does not load). `npm run audit-data -- --afwijkingen` prints only the rows with a flag.
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

// The data layer imports without file extensions (as Vite resolves them); plain Node needs ".ts".
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (/^\.\.?\//.test(specifier) && !/\.[a-z]+$/.test(specifier)) return nextResolve(`${specifier}.ts`, context);
      throw error;
    }
  },
});

const { loadDataset } = await import('../load-dataset.ts');
const { auditDataset } = await import('./audit-dataset.ts');
const { formatAudit } = await import('./format-audit.ts');

const dataDir = fileURLToPath(new URL('../../../data', import.meta.url));
try {
  const dataset = await loadDataset(dataDir);
  console.log(formatAudit(auditDataset(dataset), { flaggedOnly: process.argv.includes('--afwijkingen') }));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
