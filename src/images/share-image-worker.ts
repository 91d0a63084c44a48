// Worker entry (see share-image.ts): draws share cards off the build's main thread, so the CPU
// heavy part (satori layout, resvg rasterising, PNG encoding) runs beside page rendering.
// Loaded by Node itself, not by Vite: project imports name their .ts extension. The fonts come
// from the main thread (workerData), so this file resolves no path of its own.
import { parentPort, workerData } from 'node:worker_threads';
import { drawCard } from './rasterise.ts';
import type { CardJob } from './rasterise.ts';
import type { SiteFont } from './fonts.ts';

// Structured cloning turns Buffers into plain Uint8Arrays; satori takes either, Buffer keeps the type honest.
const fonts: SiteFont[] = (workerData as { fonts: { weight: 400 | 700; woff: Uint8Array }[] }).fonts.map((font) => ({
  weight: font.weight,
  woff: Buffer.from(font.woff),
}));

async function drawOne({ id, job }: { id: number; job: CardJob }): Promise<void> {
  try {
    const png = await drawCard(job, fonts);
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength).slice();
    parentPort!.postMessage({ id, png: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

// One image at a time: a national build posts over a thousand jobs at once, and drawing them all
// together would hold a 3 MB pixel buffer for each.
let queue = Promise.resolve();
parentPort!.on('message', (message: { id: number; job: CardJob }) => {
  queue = queue.then(() => drawOne(message));
});
