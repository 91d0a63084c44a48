import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardJob, CardNode } from './share-card-raster';
import type { ShareCard } from './share-facts';

export { readPngText } from './png';

/** PNG text chunk keyword under which the image carries the facts it shows (tests read it back). */
export const FACTS_KEYWORD = 'pok-facts';
export const WIDTH = 1200;
export const HEIGHT = 630;

const el = (type: string, style: Record<string, unknown>, children?: CardNode | CardNode[] | string): CardNode => ({ type, props: { style, children } });
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** The card as a satori element tree: site name, kicker, title, facts, footer with the page address. */
function layout(card: ShareCard, siteName: string, footer: string): CardNode {
  const facts = card.facts.map((f) =>
    el('div', { display: 'flex', flexDirection: 'column', marginBottom: 18 }, [
      el('div', { fontSize: 24, color: '#4a4a4a' }, clip(f.label, 70)),
      el('div', { fontSize: 34, fontWeight: 700, color: '#1b1b1b' }, clip(f.value, 60)),
    ]),
  );
  return el('div', { width: WIDTH, height: HEIGHT, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily: 'Noto Sans', borderTop: '18px solid #0b5394', padding: '32px 60px 36px' }, [
    el('div', { fontSize: 28, color: '#0b5394', fontWeight: 700 }, siteName),
    el('div', { fontSize: 26, color: '#4a4a4a', marginTop: 18 }, clip(card.kicker, 80)),
    el('div', { fontSize: card.title.length > 45 ? 42 : 60, fontWeight: 700, color: '#1b1b1b', marginBottom: 24, lineHeight: 1.15 }, clip(card.title, 110)),
    el('div', { display: 'flex', flexDirection: 'column' }, facts),
    el('div', { display: 'flex', fontSize: 22, color: '#4a4a4a', marginTop: 'auto' }, footer),
  ]);
}

/**
 * A few worker threads that draw share cards. Drawing one takes tens of milliseconds of CPU, and a
 * national build has over a thousand; on the main thread that time would be added to rendering
 * the pages, in workers it runs beside it on the machine's other cores.
 */
class CardPool {
  private readonly workers: { worker: Worker; pending: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  /** Set when a worker died: every later drawing fails with it instead of waiting forever. */
  private failure: Error | null = null;

  constructor(size: number) {
    // Node loads the worker from src/ itself (type stripping), as the build runs in the project root.
    const entry = join(process.cwd(), 'src/lib/links/share-image-worker.ts');
    for (let n = 0; n < size; n += 1) {
      const worker = new Worker(entry);
      const slot = { worker, pending: 0 };
      worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
        slot.pending -= 1;
        // An idle worker must not keep the build process alive.
        if (slot.pending === 0) worker.unref();
        const waiter = this.waiting.get(id)!;
        this.waiting.delete(id);
        if (png) waiter.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
        else waiter.reject(new Error(`Share image could not be drawn: ${error}`));
      });
      worker.on('error', (error) => {
        this.failure = new Error(`A share-image worker stopped: ${error.message}`);
        for (const waiter of this.waiting.values()) waiter.reject(this.failure);
        this.waiting.clear();
      });
      worker.unref();
      this.workers.push(slot);
    }
  }

  draw(job: CardJob): Promise<Buffer> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.workers.reduce((least, candidate) => (candidate.pending < least.pending ? candidate : least));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      slot.pending += 1;
      slot.worker.ref();
      slot.worker.postMessage({ id, job });
    });
  }
}

let pool: CardPool | null = null;
/** Images started before their endpoint asked for them, by what they show. */
const early = new Map<string, Promise<Buffer>>();
const keyOf = (card: ShareCard, siteName: string, footer: string) => JSON.stringify([card, siteName, footer]);

function draw(card: ShareCard, siteName: string, footer: string): Promise<Buffer> {
  pool ??= new CardPool(Math.max(1, availableParallelism()));
  return pool.draw({ tree: layout(card, siteName, footer), width: WIDTH, height: HEIGHT, keyword: FACTS_KEYWORD, text: JSON.stringify(card), root: process.cwd() });
}

/**
 * Starts drawing a card now, so the workers draw while the build renders other pages; the
 * endpoint's renderShareImage call with the same arguments then picks up the result. Astro asks
 * every route for its paths before it renders any page, so getStaticPaths is the place to call it.
 */
export function drawShareImageEarly(card: ShareCard, siteName: string, footer: string): void {
  const key = keyOf(card, siteName, footer);
  if (early.has(key)) return;
  const png = draw(card, siteName, footer);
  // A failure is reported when the endpoint awaits it, not as an unhandled rejection before.
  png.catch(() => undefined);
  early.set(key, png);
}

/** Renders a share card to a 1200 × 630 PNG that carries its own facts as JSON in a text chunk. */
export function renderShareImage(card: ShareCard, siteName: string, footer: string): Promise<Buffer> {
  const key = keyOf(card, siteName, footer);
  const started = early.get(key);
  if (!started) return draw(card, siteName, footer);
  early.delete(key);
  return started;
}
