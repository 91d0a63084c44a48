import { getCollection } from 'astro:content';
import type { CollectionEntry } from 'astro:content';
import type { Dataset } from '../../data/load-dataset';
import { TABLE_NAMES, TABLES } from '../../data/schemas/tables';
import { buildProfiles } from '../profile/gemeente-profile';
import type { GemeenteProfile } from '../profile/gemeente-profile';

/** The validated tables as the loader stored them: one entry per table, rows in file order. */
async function tableRows(table: (typeof TABLE_NAMES)[number]): Promise<Record<string, unknown>[]> {
  const [entry] = await getCollection(table);
  return entry ? (entry.data as { rows: Record<string, unknown>[] }).rows : [];
}

/** The validated dataset in file order, as published under /data/ (a CSV download equals its source). */
export async function datasetInFileOrder(): Promise<Dataset> {
  const dataset = {} as Record<string, unknown>;
  for (const table of TABLE_NAMES) dataset[table] = await tableRows(table);
  return dataset as Dataset;
}

/** The validated dataset in a stable order (by row key), which the pages use. */
async function readDataset(): Promise<Dataset> {
  const dataset = {} as Record<string, unknown>;
  for (const table of TABLE_NAMES) {
    dataset[table] = [...(await tableRows(table))]
      .sort((a, b) => {
        for (const column of TABLES[table].key) {
          const x = a[column] as string | number;
          const y = b[column] as string | number;
          if (x !== y) return x < y ? -1 : 1;
        }
        return 0;
      });
  }
  return dataset as Dataset;
}

export interface SiteData {
  dataset: Dataset;
  profiles: Map<string, GemeenteProfile>;
  bronnen: Map<string, Dataset['bronnen'][number]>;
  besluitVerhalen: Map<string, CollectionEntry<'besluitVerhalen'>>;
  gemeenteVerhalen: Map<string, CollectionEntry<'gemeenteVerhalen'>>;
}

let cached: Promise<SiteData> | null = null;

/** Everything pages need, computed once per build. Throws when a narrative has no CSV row. */
export function siteData(): Promise<SiteData> {
  cached ??= (async () => {
    const dataset = await readDataset();
    const besluitIds = new Set(dataset.besluiten.map((b) => b.id));
    const codes = new Set(dataset.gemeenten.map((g) => g.cbs_code));
    const besluitVerhalen = await getCollection('besluitVerhalen');
    const gemeenteVerhalen = await getCollection('gemeenteVerhalen');
    const orphans = [
      ...besluitVerhalen.filter((e) => !besluitIds.has(e.data.besluit)).map((e) => `content/besluiten/${e.id}.mdx: besluit "${e.data.besluit}" does not exist in data/besluiten.csv (rule: reference)`),
      ...gemeenteVerhalen.filter((e) => !codes.has(e.data.cbs_code)).map((e) => `content/gemeenten/${e.id}.mdx: cbs_code "${e.data.cbs_code}" does not exist in data/gemeenten.csv (rule: reference)`),
    ];
    if (orphans.length > 0) throw new Error(`Narratives without a data row:\n${orphans.join('\n')}`);
    return {
      dataset,
      profiles: buildProfiles(dataset),
      bronnen: new Map(dataset.bronnen.map((b) => [b.id, b])),
      besluitVerhalen: new Map(besluitVerhalen.map((e) => [e.data.besluit, e])),
      gemeenteVerhalen: new Map(gemeenteVerhalen.map((e) => [e.data.cbs_code, e])),
    };
  })();
  return cached;
}
