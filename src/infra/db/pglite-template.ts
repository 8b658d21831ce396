import { access, cp, mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';

/**
 * An empty PGlite cluster made once, at `npm ci` (scripts/pglite-template.mjs), so a first start
 * copies it instead of running PostgreSQL's initdb in WebAssembly, the slowest step of a first
 * start. Kept per PGlite version under node_modules/.cache; a cluster is a plain data directory,
 * so a closed one can be copied anywhere.
 */
const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The template's folder for the installed PGlite. */
export async function pgliteTemplateDir(): Promise<string> {
  const manifest = path.join(projectRoot, 'node_modules', '@electric-sql', 'pglite', 'package.json');
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
  return path.join(projectRoot, 'node_modules', '.cache', 'delego', `pglite-${version}`);
}

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

/** Makes the template unless it exists: initdb in a folder of its own, then renamed into place. */
export async function preparePgliteTemplate(): Promise<{ dir: string; made: boolean }> {
  const dir = await pgliteTemplateDir();
  if (await exists(path.join(dir, 'PG_VERSION'))) return { dir, made: false };
  const building = `${dir}.building-${process.pid}`;
  await rm(building, { recursive: true, force: true });
  await mkdir(path.dirname(building), { recursive: true });
  const db = await PGlite.create(building, { extensions: { btree_gist } });
  await db.close();
  await rm(dir, { recursive: true, force: true });
  await rename(building, dir);
  return { dir, made: true };
}

/** Copies the template to `target` (which must not exist); false when there is no template. */
export async function copyPgliteTemplate(target: string): Promise<boolean> {
  const dir = await pgliteTemplateDir().catch(() => undefined);
  if (!dir || !(await exists(path.join(dir, 'PG_VERSION')))) return false;
  await cp(dir, target, { recursive: true, errorOnExist: true, force: false });
  return true;
}
