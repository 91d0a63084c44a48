// Build-time glue for /data/: takes the validated data in file order (so published CSVs equal
// their source), builds every download once per build and shares it between endpoints and pages.
import { dataDigest, datasetInFileOrder } from '../../astro/queries';
import type { Dataset } from '../../data/load-dataset';
import { ADDRESS, SITE } from '../../site/config';
import { dataVersion } from '../../site/data-version';
import { buildDataFiles } from '../../publish/published-files';
import type { PublishedFile } from '../../publish/published-files';
import { buildDataPackage } from '../../publish/datapackage';
import type { PackageContext } from '../../publish/datapackage';
import { buildCatalogue } from '../../publish/catalogue';
import { readDataHistory } from '../../publish/git-history';
import type { DataHistory } from '../../publish/changelog';
import { firstDataVersion } from '../../publish/changelog';

export interface Published {
  dataset: Dataset;
  /** Every download; its content is handed to its endpoint once (see takeDownload), so read `bytes` for its size. */
  files: PublishedFile[];
  /** Size in bytes of each download, by path below /data/. */
  bytes: Map<string, number>;
  datapackage: string;
  catalogue: string;
  context: PackageContext;
}

// A build's data cannot change, so it builds the downloads once; `astro dev` keys them by the
// tables' digests, so /data/ shows an edit of data/ at the next request.
let cached: { key: string; published: Promise<Published> } | null = null;

/** Every download of /data/, built once per version of the data. */
export async function published(): Promise<Published> {
  const key = import.meta.env.DEV ? await dataDigest() : 'build';
  if (cached?.key !== key) cached = { key, published: buildPublished() };
  return cached.published;
}

async function buildPublished(): Promise<Published> {
  const dataset = await datasetInFileOrder();
  const version = dataVersion();
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
  const issued = firstDataVersion(dataHistory());
  const catalogue = `${JSON.stringify(buildCatalogue(files, extra, { ...context, contactEmail: SITE.contactEmail, language: 'nl', base: SITE.url, issued }), null, 1)}\n`;
  const bytes = new Map(files.map((file) => [file.path, Buffer.byteLength(file.content, 'utf8')]));
  return { dataset, files, bytes, datapackage, catalogue, context };
}

/** Downloads a build has handed over (and let go of). */
const taken = new Set<string>();

/**
 * The content of one download, for its endpoint. A build writes each file once, so it lets go of
 * the text as it hands it over: at national scale the downloads are some 200 MB of text, which
 * otherwise stayed in memory until the last page was written. `astro dev` keeps it, for the next request.
 */
export async function takeDownload(path: string): Promise<string> {
  const file = (await published()).files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`No download /data/${path} in this build.`);
  if (import.meta.env.DEV) return file.content;
  // A second request in a build would otherwise write an empty file without a word.
  if (taken.has(path)) throw new Error(`/data/${path} was already written in this build; its text is no longer kept.`);
  taken.add(path);
  const { content } = file;
  file.content = '';
  return content;
}

let history: DataHistory | null = null;

/** The history of data/ from git, read once; says loudly in the build log when it is incomplete. */
export function dataHistory(): DataHistory {
  if (history) return history;
  history = readDataHistory();
  if (history.status === 'no-history') {
    console.warn(`\n!!! WARNING /data/wijzigingen/: ${history.reason} The changelog page says so; build from a full git clone to publish it.\n`);
  } else if (history.status === 'shallow') {
    console.warn('\n!!! WARNING /data/wijzigingen/: this is a shallow git clone; changes before the oldest fetched commit are unknown. The page says so; run `git fetch --unshallow` for the full changelog.\n');
  }
  return history;
}
