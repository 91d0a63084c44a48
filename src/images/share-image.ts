import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fontDigest, siteFonts } from './fonts';
import type { ImageCache } from './image-cache';
import { RENDERER_VERSION } from './rasterise';
import type { CardJob, CardNode } from './rasterise';
import type { ShareCard } from './share-facts';

export { readPngText } from './png';

/** PNG text chunk keyword under which the image carries the facts it shows (tests read it back). */
export const FACTS_KEYWORD = 'pok-facts';
export const WIDTH = 1200;
export const HEIGHT = 630;

const el = (type: string, style: Record<string, unknown>, children?: CardNode | CardNode[] | string): CardNode => ({
  type,
  props: { style, children },
});
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** The card as a satori element tree: site name, kicker, title, facts, footer with the page address. */
function layout(card: ShareCard, siteName: string, footer: string): CardNode {
  const facts = card.facts.map((f) =>
    el('div', { display: 'flex', flexDirection: 'column', marginBottom: 18 }, [
      el('div', { fontSize: 24, color: '#4a4a4a' }, clip(f.label, 70)),
      el('div', { fontSize: 34, fontWeight: 700, color: '#1b1b1b' }, clip(f.value, 60)),
    ]),
  );
  return el(
    'div',
    {
      width: WIDTH,
      height: HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      background: '#ffffff',
      fontFamily: 'Noto Sans',
      borderTop: '18px solid #0b5394',
      padding: '32px 60px 36px',
    },
    [
      el('div', { fontSize: 28, color: '#0b5394', fontWeight: 700 }, siteName),
      el('div', { fontSize: 26, color: '#4a4a4a', marginTop: 18 }, clip(card.kicker, 80)),
      el(
        'div',
        {
          fontSize: card.title.length > 45 ? 42 : 60,
          fontWeight: 700,
          color: '#1b1b1b',
          marginBottom: 24,
          lineHeight: 1.15,
        },
        clip(card.title, 110),
      ),
      el('div', { display: 'flex', flexDirection: 'column' }, facts),
      el('div', { display: 'flex', fontSize: 22, color: '#4a4a4a', marginTop: 'auto' }, footer),
    ],
  );
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

  constructor(entry: URL, size: number) {
    const fonts = siteFonts().map((font) => ({ weight: font.weight, woff: font.woff }));
    for (let n = 0; n < size; n += 1) {
      const worker = new Worker(entry, { workerData: { fonts } });
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

/**
 * At most two workers: each holds its own satori, resvg and fonts (about 100 MB, measured), and on
 * the two-core machines this runs on a third would only compete with page rendering for a core.
 */
const POOL_SIZE = Math.max(1, Math.min(2, availableParallelism()));

export interface ShareImages {
  /**
   * Starts drawing a card now, so the workers draw while the build renders other pages; `render`
   * with the same arguments then picks up the result. Astro asks every route for its paths before
   * it renders any page, so getStaticPaths is the place to call it.
   */
  drawEarly(card: ShareCard, siteName: string, footer: string): void;
  /** A share card as a 1200 × 630 PNG that carries its own facts as JSON in a text chunk. */
  render(card: ShareCard, siteName: string, footer: string): Promise<Buffer>;
}

/**
 * The build's share images: drawn in worker threads started from `workerEntry` (the URL of
 * share-image-worker.ts), kept in `cache` across builds by a hash of the card as drawn.
 */
export function shareImages(workerEntry: URL, cache: ImageCache): ShareImages {
  let pool: CardPool | null = null;
  /** Images started before their endpoint asked for them, by what they show. */
  const early = new Map<string, Promise<Buffer>>();
  const jobOf = (card: ShareCard, siteName: string, footer: string): CardJob => ({
    tree: layout(card, siteName, footer),
    width: WIDTH,
    height: HEIGHT,
    keyword: FACTS_KEYWORD,
    text: JSON.stringify(card),
  });
  const draw = (job: CardJob) =>
    cache.through(['share-card', RENDERER_VERSION, fontDigest(), JSON.stringify(job)], () => {
      pool ??= new CardPool(workerEntry, POOL_SIZE);
      return pool.draw(job);
    });
  return {
    drawEarly(card, siteName, footer) {
      const job = jobOf(card, siteName, footer);
      const key = JSON.stringify(job);
      if (early.has(key)) return;
      const png = draw(job);
      // A failure is reported when the endpoint awaits it, not as an unhandled rejection before.
      png.catch(() => undefined);
      early.set(key, png);
    },
    render(card, siteName, footer) {
      const job = jobOf(card, siteName, footer);
      const key = JSON.stringify(job);
      const started = early.get(key);
      if (!started) return draw(job);
      early.delete(key);
      return started;
    },
  };
}
