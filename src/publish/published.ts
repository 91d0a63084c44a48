// Every download of /data/, built from the validated data in file order (so a published CSV
// equals its source). Pure of Astro: src/astro/queries.ts builds it once per version of the data,
// in the one cache it keeps, and hands each file's text to its endpoint.
import type { Dataset } from '../data/load-dataset';
import { ADDRESS, SITE } from '../site/config';
import type { DataVersion } from '../site/data-version';
import { buildDataFiles } from './published-files';
import type { PublishedFile } from './published-files';
import { buildDataPackage } from './datapackage';
import type { PackageContext } from './datapackage';
import { buildCatalogue } from './catalogue';
import { readDataHistory } from './git-history';
import type { DataHistory } from './changelog';
import { firstDataVersion } from './changelog';

export interface Published {
  dataset: Dataset;
  /** Every download; its content is handed to its endpoint once (see takeDownload), so read `bytes` for its size. */
  files: PublishedFile[];
  /** Size in bytes of each download, by path below /data/. */
  bytes: Map<string, number>;
  datapackage: string;
  catalogue: string;
  context: PackageContext;
  /** Paths of the downloads a build has handed over (and let go of). */
  taken: Set<string>;
}

/** Every download of /data/ for this dataset and data version. */
export function buildPublished(dataset: Dataset, version: Pick<DataVersion, 'date' | 'commit'>, history: DataHistory): Published {
  const context: PackageContext = {
    version: { date: version.date, commit: version.commit },
    license: SITE.license,
    name: SITE.name,
    publisher: SITE.publisher,
    homepage: ADDRESS.absolute('/data/'),
  };
  const files = buildDataFiles(dataset, context);
  const datapackage = `${JSON.stringify(buildDataPackage(files, context), null, 1)}\n`;
  const extra = [
    {
      path: 'datapackage.json',
      title: 'Data package (Frictionless)',
      description: 'Beschrijving van alle bestanden en velden (Frictionless Data Package v1).',
      mediatype: 'application/json',
      bytes: Buffer.byteLength(datapackage, 'utf8'),
      conformsTo: 'https://specs.frictionlessdata.io/data-package/',
    },
  ];
  const issued = firstDataVersion(history);
  const catalogue = `${JSON.stringify(buildCatalogue(files, extra, { ...context, contactEmail: SITE.contactEmail, language: 'nl', base: SITE.url, issued }), null, 1)}\n`;
  const bytes = new Map(files.map((file) => [file.path, Buffer.byteLength(file.content, 'utf8')]));
  return { dataset, files, bytes, datapackage, catalogue, context, taken: new Set() };
}

/**
 * The content of one download, for its endpoint. A build writes each file once, so it lets go of
 * the text as it hands it over (`keep` false): at national scale the downloads are some 200 MB of
 * text, which otherwise stayed in memory until the last page was written. `astro dev` keeps it.
 */
export function takeDownload(published: Published, path: string, keep: boolean): string {
  const file = published.files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`No download /data/${path} in this build.`);
  if (keep) return file.content;
  // A second request in a build would otherwise write an empty file without a word.
  if (published.taken.has(path)) throw new Error(`/data/${path} was already written in this build; its text is no longer kept.`);
  published.taken.add(path);
  const { content } = file;
  file.content = '';
  return content;
}

/** The history of data/ from git; says loudly in the build log when it is incomplete. */
export function loadDataHistory(): DataHistory {
  const history = readDataHistory();
  if (history.status === 'no-history') {
    console.warn(`\n!!! WARNING /data/wijzigingen/: ${history.reason} The changelog page says so; build from a full git clone to publish it.\n`);
  } else if (history.status === 'shallow') {
    console.warn('\n!!! WARNING /data/wijzigingen/: this is a shallow git clone; changes before the oldest fetched commit are unknown. The page says so; run `git fetch --unshallow` for the full changelog.\n');
  }
  return history;
}
