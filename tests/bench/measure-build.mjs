// Runs `astro build` inside this Node process and prints its peak memory (maxRSS, which counts
// Vite's worker threads too) on exit, so the benchmark can read the child's peak without
// /usr/bin/time. Usage: node measure-build.mjs <path to astro.mjs>  (cwd = the project)
import { pathToFileURL } from 'node:url';

const astro = process.argv[2];
process.on('exit', () => {
  process.stderr.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
process.argv = [process.argv[0], astro, 'build'];
await import(pathToFileURL(astro).href);
