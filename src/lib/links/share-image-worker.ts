// Worker entry (see share-image.ts): draws share cards off the build's main thread, so the CPU
// heavy part (satori layout, resvg rasterising, PNG encoding) runs beside page rendering.
// Loaded by Node itself, not by Vite: project imports name their .ts extension.
import { parentPort } from 'node:worker_threads';
import { rasteriseCard } from './share-card-raster.ts';
import type { CardJob } from './share-card-raster.ts';

async function drawOne({ id, job }: { id: number; job: CardJob }): Promise<void> {
  try {
    const png = await rasteriseCard(job);
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
