// Astro glue: feeds the site model (src/model/site-model.ts) from the content layer.
import { getCollection } from 'astro:content';
import type { CollectionEntry } from 'astro:content';
import type { Dataset } from '../data/load-dataset';
import { TABLE_NAMES, TABLES } from '../data/schemas/tables';
import { buildSiteModel } from '../model/site-model';
import type { SiteModel } from '../model/site-model';
import { gemeenteCharts, nationalCharts, nationalList } from '../charts/registry';
import type { ChartSpec } from '../charts/shared/chart-spec';

type TableEntry = { rows: Record<string, unknown>[] };

/** The validated tables as the loader stored them (one entry per table, rows in file order), with the store's digests. */
async function tableEntries() {
  return Promise.all(TABLE_NAMES.map(async (table) => {
    const [entry] = await getCollection(table);
    return { table, rows: entry ? (entry.data as TableEntry).rows : [], digest: String(entry?.digest ?? '') };
  }));
}

/** The validated dataset in file order, as published under /data/ (a CSV download equals its source). */
export async function datasetInFileOrder(): Promise<Dataset> {
  return Object.fromEntries((await tableEntries()).map(({ table, rows }) => [table, rows])) as unknown as Dataset;
}

/** A key that changes whenever a table of data/ changes (the content layer's digests). */
export async function dataDigest(): Promise<string> {
  return (await tableEntries()).map((t) => t.digest).join('|');
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
/** What chart modules read of the model (no narratives): any model fits. */
export type SiteData = SiteModel;

// One model per version of the data. A build's data cannot change, so it computes the model once;
// `astro dev` keys it by the content layer's digests, so an edit of a CSV or MDX file is seen at
// the next page view (a module-level cache alone showed stale data until a restart).
let cached: { key: string; model: Promise<Model> } | null = null;

async function contentKey(): Promise<string> {
  const [tables, besluitVerhalen, gemeenteVerhalen] = await Promise.all([tableEntries(), getCollection('besluitVerhalen'), getCollection('gemeenteVerhalen')]);
  return [...tables.map((t) => t.digest), ...[...besluitVerhalen, ...gemeenteVerhalen].map((e) => `${e.id}:${e.digest ?? ''}`)].join('|');
}

async function loadModel(): Promise<Model> {
  const [tables, besluitVerhalen, gemeenteVerhalen] = await Promise.all([tableEntries(), getCollection('besluitVerhalen'), getCollection('gemeenteVerhalen')]);
  return buildSiteModel(
    Object.fromEntries(tables.map(({ table, rows }) => [table, byKey(table, rows)])) as unknown as Dataset,
    besluitVerhalen.map((entry) => ({ key: entry.data.besluit, file: entry.filePath ?? `content/besluiten/${entry.id}.mdx`, entry })),
    gemeenteVerhalen.map((entry) => ({ key: entry.data.cbs_code, file: entry.filePath ?? `content/gemeenten/${entry.id}.mdx`, entry })),
  );
}

/** Everything pages need, computed once per version of the data. Throws when a narrative has no CSV row. */
export async function siteModel(): Promise<Model> {
  if (!import.meta.env.DEV) {
    // Set before the first await, so pages rendered at the same time share one model.
    cached ??= { key: 'build', model: loadModel() };
    return cached.model;
  }
  const key = await contentKey();
  if (cached?.key !== key) cached = { key, model: loadModel() };
  return cached.model;
}

/** Every chart of the site, built once per model: the national ones, each gemeente's, and all of them for /grafieken/. */
export interface SiteCharts {
  national: ReturnType<typeof nationalCharts>;
  /** Each gemeente page's charts, by cbs_code. */
  byGemeente: Map<string, ChartSpec[]>;
  all: ChartSpec[];
}

// Keyed by the model itself, so a new model (after an edit in `astro dev`) gets new charts.
const chartsOfModel = new WeakMap<Model, SiteCharts>();

export async function siteCharts(): Promise<SiteCharts> {
  const model = await siteModel();
  let charts = chartsOfModel.get(model);
  if (!charts) {
    const national = nationalCharts(model);
    const publisher = (id: string) => model.bronnen.get(id)?.uitgever;
    const byGemeente = new Map([...model.profiles].map(([code, profile]) => [code, gemeenteCharts(profile, publisher)]));
    charts = { national, byGemeente, all: [...nationalList(national), ...[...byGemeente.values()].flat()] };
    chartsOfModel.set(model, charts);
  }
  return charts;
}
