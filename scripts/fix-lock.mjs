// The npm registry reachable from our build machines lacks the non-Linux builds of
// @msgpackr-extract (an optional native accelerator of BullMQ's msgpackr), so `npm install`
// leaves them out of package-lock.json and `npm ci` then refuses the lock as out of sync.
// This adds the missing entries as optional, platform-specific packages (skipped on Linux, as
// npm always does for another platform's optional builds). Run it after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
const extract = packages['node_modules/msgpackr-extract'];
if (!extract) process.exit(0);

let added = 0;
for (const [name, version] of Object.entries(extract.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (packages[key]) continue;
  const platform = name.split('msgpackr-extract-')[1];
  const [os, cpu] = platform.split('-');
  packages[key] = {
    version,
    resolved: `https://registry.npmjs.org/${name}/-/${name.split('/')[1]}-${version}.tgz`,
    cpu: [cpu],
    license: 'MIT',
    optional: true,
    os: [os],
  };
  added++;
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added ? `package-lock.json: added ${added} optional platform entries` : 'package-lock.json: nothing to add',
);
