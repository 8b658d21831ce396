import { access, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { ConflictError, DependencyError, errorMessage } from '../../kernel/errors.js';
import { PgliteServer } from './pglite-server.js';
import { copyPgliteTemplate } from './pglite-template.js';

export interface EmbeddedPostgresOptions {
  /** Delego's data directory; the database lives in <dataDir>/pglite. Omit for a throwaway in-memory database. */
  dataDir?: string;
  /** Port on 127.0.0.1; 0 (the default) takes a free one. */
  port?: number;
  /**
   * Client connections open at once. PGlite has a single session: one connection has it from a
   * query's first message to its end (a transaction's end), the others' queries wait their turn.
   */
  maxConnections?: number;
  /** lines for the person waiting while the database is made or opened (it takes seconds) */
  progress?: (line: string) => void;
}

export interface EmbeddedPostgres {
  /** postgresql:// URL of the server on 127.0.0.1 (no SSL). */
  readonly url: string;
  /** Stops serving and closes the database. Close client pools first. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Zero-config PostgreSQL for running Delego without DATABASE_URL: PGlite (PostgreSQL compiled
 * to WebAssembly) persisted on disk and served over the PostgreSQL wire protocol, so Prisma and
 * the migration engine use it exactly like a real server.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const dataDir = options.dataDir === undefined ? undefined : path.resolve(options.dataDir);
  const unlock = dataDir === undefined ? async () => undefined : await lockDataDir(dataDir);
  let db: PGlite | undefined;
  try {
    db = await withProgress(options.progress, dataDir, () => openPglite(dataDir));
    const server = new PgliteServer(db, options.maxConnections ?? 16);
    const address = await server.listen('127.0.0.1', options.port ?? 0);
    const opened = db;
    let stopping: Promise<void> | undefined;
    return {
      url: `postgresql://postgres@${address}/postgres?sslmode=disable`,
      stop: () => {
        stopping ??= (async () => {
          await server.close();
          await opened.close();
          await unlock();
        })();
        return stopping;
      },
    };
  } catch (err) {
    await db?.close().catch(() => undefined);
    await unlock();
    throw new DependencyError(
      `The embedded database${dataDir ? ` in ${dataDir}` : ''} could not start: ${errorMessage(err)}`,
      { dataDir },
      { cause: err },
    );
  }
}

/**
 * PostgreSQL's default 128 MB of shared buffers are set up on every open, in WebAssembly: a
 * third of a warm start. An office's working set fits in 16 MB, and the operating system's
 * file cache is behind them.
 */
const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** The database's files: a new one starts from the cluster `npm ci` prepared, when there is one. */
async function openPglite(dataDir: string | undefined): Promise<PGlite> {
  if (dataDir === undefined) return PGlite.create({ extensions: { btree_gist }, startParams });
  const files = path.join(dataDir, 'pglite');
  if (!(await isDatabase(files))) await copyPgliteTemplate(files);
  return PGlite.create(files, { extensions: { btree_gist }, startParams });
}

const isDatabase = (files: string): Promise<boolean> =>
  access(path.join(files, 'PG_VERSION')).then(
    () => true,
    () => false,
  );

/** Says what is happening before it starts and every few seconds until it is done. */
async function withProgress<T>(
  progress: ((line: string) => void) | undefined,
  dataDir: string | undefined,
  open: () => Promise<T>,
): Promise<T> {
  if (!progress || dataDir === undefined) return open();
  const startedMs = Date.now();
  const files = path.join(dataDir, 'pglite');
  const creating = !(await isDatabase(files));
  progress(
    `${creating ? 'Creating' : 'Opening'} the embedded database in ${files}${creating ? ' (first start)' : ''}...`,
  );
  const elapsed = () => `${((Date.now() - startedMs) / 1000).toFixed(1)} s`;
  const timer = setInterval(
    () => progress(`  still ${creating ? 'creating' : 'opening'} the embedded database (${elapsed()})`),
    3000,
  );
  try {
    const result = await open();
    progress(`Embedded database ready (${elapsed()})`);
    return result;
  } finally {
    clearInterval(timer);
  }
}

/**
 * Two processes opening the same PGlite files would corrupt them (there is no postmaster to
 * refuse the second), so the data directory holds a pid file while a process uses it.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'pglite.pid');
  try {
    await writeFile(lockPath, String(process.pid), { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const holder = Number((await readFile(lockPath, 'utf8')).trim());
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
      throw new ConflictError(
        `The embedded database in ${dataDir} is in use by process ${holder}: stop that process or set DATABASE_URL`,
        { dataDir, pid: holder },
      );
    }
    await writeFile(lockPath, String(process.pid));
  }
  return () => rm(lockPath, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
