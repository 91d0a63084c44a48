// Astro glue: feeds the site model (src/model/site-model.ts) from the content layer.
import { getCollection } from 'astro:content';
import type { CollectionEntry } from 'astro:content';
import type { Dataset } from '../data/load-dataset';
import { TABLE_NAMES, TABLES } from '../data/schemas/tables';
import { buildSiteModel } from '../model/site-model';
import type { SiteModel } from '../model/site-model';
import { gemeenteCharts, nationalCharts, nationalList } from '../charts/registry';
import type { NationalCharts } from '../charts/registry';
import type { ChartSpec } from '../charts/shared/chart-spec';
import { buildPublished, loadDataHistory, takeDownload as take } from '../publish/published';
import type { Published } from '../publish/published';
import { spilledDownloads } from '../publish/download-store';
import type { DataHistory } from '../publish/changelog';
import { dataVersion } from '../site/data-version';
import { readSiteInput } from '../data/site-input-cache';

/** Where the loader stored the checked input, and its key (src/astro/data-loader.ts). */
async function storedInput(): Promise<{ folder: string; key: string }> {
  const [entry] = await getCollection('dataset');
  if (!entry) throw new Error('The content layer holds no checked data (collection "dataset"); run the build again.');
  return entry.data as { folder: string; key: string };
}

/** The validated dataset in file order, as published under /data/ (a CSV download equals its source). */
export async function datasetInFileOrder(): Promise<Dataset> {
  return (await entry()).dataset;
}

/** A table's rows in a stable order (by row key), which the pages use. */
function byKey(table: (typeof TABLE_NAMES)[number], rows: Record<string, unknown>[]) {
  return [...rows].sort((a, b) => {
    for (const column of TABLES[table].key) {
      const x = a[column] as string | number;
      const y = b[column] as string | number;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
}

export type Model = SiteModel<CollectionEntry<'besluitVerhalen'>, CollectionEntry<'gemeenteVerhalen'>>;

/** Every chart of the site: the national ones, each gemeente's, and all of them for /grafieken/. */
export interface SiteCharts {
  national: NationalCharts;
  /** Each gemeente page's charts, by cbs_code. */
  byGemeente: Map<string, ChartSpec[]>;
  all: ChartSpec[];
}

/**
 * The one cache of the site: per version of the data, the model and what is built from it (the
 * charts, the downloads, the history of data/), each made on first use. A build's data cannot
 * change, so it fills one entry; `astro dev` keys the entry by the content layer's digests, so an
 * edit of a CSV or MDX file is seen at the next page view, by every part at once.
 */
interface Entry {
  /** The checked rows in file order, read back from the cache the loader stored them in. */
  dataset: Dataset;
  model: Promise<Model>;
  charts?: Promise<SiteCharts>;
  published?: Promise<Published>;
  history?: DataHistory;
}
let cached: { key: string; entry: Promise<Entry> } | null = null;

async function contentKey(): Promise<string> {
  const [{ key }, besluitVerhalen, gemeenteVerhalen] = await Promise.all([
    storedInput(),
    getCollection('besluitVerhalen'),
    getCollection('gemeenteVerhalen'),
  ]);
  return [key, ...[...besluitVerhalen, ...gemeenteVerhalen].map((e) => `${e.id}:${e.digest ?? ''}`)].join('|');
}

async function loadModel(dataset: Dataset): Promise<Model> {
  const [besluitVerhalen, gemeenteVerhalen] = await Promise.all([
    getCollection('besluitVerhalen'),
    getCollection('gemeenteVerhalen'),
  ]);
  return buildSiteModel(
    Object.fromEntries(
      TABLE_NAMES.map((table) => [table, byKey(table, dataset[table] as unknown as Record<string, unknown>[])]),
    ) as unknown as Dataset,
    besluitVerhalen.map((entry) => ({
      key: entry.data.besluit,
      file: entry.filePath ?? `content/besluiten/${entry.id}.mdx`,
      entry,
    })),
    gemeenteVerhalen.map((entry) => ({
      key: entry.data.cbs_code,
      file: entry.filePath ?? `content/gemeenten/${entry.id}.mdx`,
      entry,
    })),
  );
}

/** A new cache entry: the checked dataset read back by its key, and the model built from it. */
async function newEntry(): Promise<Entry> {
  const { folder, key } = await storedInput();
  const dataset = readSiteInput(folder, key);
  return { dataset, model: loadModel(dataset) };
}

/** The cache entry of the current data version. */
function entry(): Promise<Entry> {
  // In a build, set before the first await, so pages rendered at the same time share one entry.
  if (!import.meta.env.DEV) return (cached ??= { key: 'build', entry: newEntry() }).entry;
  return contentKey().then((key) => {
    if (cached?.key !== key) {
      // The downloads of the data that changed are no longer asked for.
      void cached?.entry.then((old) => old.published?.then((p) => p.store.close()));
      cached = { key, entry: newEntry() };
    }
    return cached.entry;
  });
}

/** Everything pages need, computed once per version of the data. Throws when a narrative has no CSV row. */
export async function siteModel(): Promise<Model> {
  return (await entry()).model;
}

async function buildCharts(model: Promise<Model>): Promise<SiteCharts> {
  const m = await model;
  const national = nationalCharts(m);
  const publisher = (id: string) => m.bronnen.get(id)?.uitgever;
  const byGemeente = new Map([...m.profiles].map(([code, profile]) => [code, gemeenteCharts(profile, publisher)]));
  return { national, byGemeente, all: [...nationalList(national), ...[...byGemeente.values()].flat()] };
}

/** Every chart of the site, built once per version of the data. */
export async function siteCharts(): Promise<SiteCharts> {
  const e = await entry();
  e.charts ??= buildCharts(e.model);
  return e.charts;
}

/** Every download of /data/, built once per version of the data. */
export async function published(): Promise<Published> {
  const e = await entry();
  e.published ??= Promise.all([datasetInFileOrder(), dataHistory()]).then(([dataset, history]) =>
    buildPublished(dataset, dataVersion(), history, spilledDownloads()),
  );
  return e.published;
}

/** The text of one download for its endpoint (a build asks once for each, `astro dev` as often as it likes). */
export async function takeDownload(path: string): Promise<Buffer<ArrayBuffer>> {
  return take(await published(), path, !import.meta.env.DEV);
}

/** The history of data/ from git, read once per version of the data. */
export async function dataHistory(): Promise<DataHistory> {
  const e = await entry();
  e.history ??= loadDataHistory();
  return e.history;
}
