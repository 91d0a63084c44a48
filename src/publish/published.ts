// Every download of /data/, built from the validated data in file order (so a published CSV
// equals its source). Pure of Astro: src/astro/queries.ts builds it once per version of the data,
// in the one cache it keeps, and hands each file's text to its endpoint.
import type { Dataset } from '../data/load-dataset';
import { ADDRESS, SITE } from '../site/config';
import type { DataVersion } from '../site/data-version';
import { dataFiles } from './published-files';
import type { PublishedFile } from './published-files';
import { buildDataPackage } from './datapackage';
import type { PackageContext } from './datapackage';
import { buildCatalogue } from './catalogue';
import { readDataHistory } from './git-history';
import type { DataHistory } from './changelog';
import { firstDataVersion } from './changelog';
import type { DownloadStore } from './download-store';

export interface Published {
  dataset: Dataset;
  /** Every download, without its content (that is in `store`, see takeDownload); `bytes` is its size. */
  files: PublishedFile[];
  store: DownloadStore;
  /** Size in bytes of each download, by path below /data/. */
  bytes: Map<string, number>;
  datapackage: string;
  catalogue: string;
  context: PackageContext;
  /** Paths of the downloads a build has handed over (and let go of). */
  taken: Set<string>;
}

/** Every download of /data/ for this dataset and data version; each text goes into `store` as soon as it is made. */
export function buildPublished(
  dataset: Dataset,
  version: Pick<DataVersion, 'date' | 'commit'>,
  history: DataHistory,
  store: DownloadStore,
): Published {
  const context: PackageContext = {
    version: { date: version.date, commit: version.commit },
    license: SITE.license,
    name: SITE.name,
    publisher: SITE.publisher,
    homepage: ADDRESS.absolute('/data/'),
  };
  const files: PublishedFile[] = [];
  for (const file of dataFiles(dataset, context)) {
    store.put(file.path, file.content);
    files.push({ ...file, content: '' });
  }
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
  const bytes = new Map(files.map((file) => [file.path, file.bytes]));
  return { dataset, files, store, bytes, datapackage, catalogue, context, taken: new Set() };
}

/**
 * The content of one download (UTF-8 bytes), for its endpoint. A build writes each file once
 * (`once` true): a second request for it is a mistake, said so. `astro dev` asks as often as it likes.
 */
export function takeDownload(published: Published, path: string, once: boolean): Buffer<ArrayBuffer> {
  if (once && published.taken.has(path)) throw new Error(`/data/${path} was already written in this build.`);
  const content = published.store.get(path);
  if (once) published.taken.add(path);
  return content;
}

/** The history of data/ from git; says loudly in the build log when it is incomplete. */
export function loadDataHistory(): DataHistory {
  const history = readDataHistory();
  if (history.status === 'no-history') {
    console.warn(
      `\n!!! WARNING /data/wijzigingen/: ${history.reason} The changelog page says so; build from a full git clone to publish it.\n`,
    );
  } else if (history.status === 'shallow') {
    console.warn(
      '\n!!! WARNING /data/wijzigingen/: this is a shallow git clone; changes before the oldest fetched commit are unknown. The page says so; run `git fetch --unshallow` for the full changelog.\n',
    );
  }
  return history;
}
