// Writes data-version.txt from git ("2026-11-23 a1b2c3d"), for a release packed without its git
// history (an archive or tarball): a build of that tree then still names its data version.
// `npm run data-version` (before `git archive` or a copy without .git); the root is found from this file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNoHistory } from '../git.ts';
import { PROJECT_ROOT } from '../root.ts';
import { DATA_VERSION_FILE, gitDataVersion } from './data-version.ts';

const root = PROJECT_ROOT;
const version = gitDataVersion(root);
if (isNoHistory(version)) {
  console.error(`No git history here: cannot write ${DATA_VERSION_FILE}. Run this in a clone with history.`);
  process.exit(1);
}
writeFileSync(join(root, DATA_VERSION_FILE), `${version.date} ${version.commit}\n`);
console.log(
  `${DATA_VERSION_FILE}: ${version.date} ${version.commit}${version.shallow ? ' (shallow clone: the date may be too late)' : ''}`,
);
