// The real site: built once, then weighed per page type and scored by Lighthouse.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { build, copyProject } from './build.ts';
import { runLighthouse } from './lighthouse.ts';
import { serveLikeAHost } from './serve.ts';
import { PAGE_TYPES, measureWeights } from './weights.ts';
import { embedWeightReport } from './embed-weight.ts';

export async function measureRealSite() {
  const dir = copyProject(true);
  process.stderr.write('[bench] building the real site…\n');
  const real = await build('real data', dir);
  console.log(
    `\nReal data build: ${real.pages} pages in ${real.seconds.toFixed(1)} s, peak ${real.peakMb.toFixed(0)} MB.`,
  );
  if (!real.ok) return;
  const outDir = join(dir, 'dist');
  console.log(
    `\nEmbed pages (real data; the page HTML plus its external CSS and JS, gzip):\n  ${embedWeightReport('real data', outDir)}`,
  );
  const existing = PAGE_TYPES.filter((p) => {
    try {
      return statSync(join(outDir, p.path, 'index.html')).isFile();
    } catch {
      return false;
    }
  });
  const { server, url } = await serveLikeAHost(`${outDir}/`);
  try {
    await measureWeights(url, existing);
    await runLighthouse(url, existing);
  } finally {
    server.close();
  }
}
