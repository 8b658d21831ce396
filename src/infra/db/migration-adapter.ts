import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  ColumnTypeEnum,
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from '@prisma/driver-adapter-utils';
import { quoteIdentifier, withDatabaseName } from './database-url.js';

/**
 * The schema engine reads PostgreSQL's catalogs, where some columns (pg_constraint.contype and
 * the like) have the internal one-byte type "char". @prisma/adapter-pg 7.10 rejects that type
 * ("Column type 'char' could not be deserialized"), and the engine expects it as a character.
 * So the pg client reports those columns as text with a marked name, and the adapter wrapper
 * below turns them back into Character columns.
 */
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHAR_MARK = '\u0000char';

interface RowDescription {
  fields: { name: string; dataTypeID: number }[];
}
type RowDescriptionHandler = { _handleRowDescription(message: RowDescription): void };
const handleRowDescription = (pg.Client.prototype as unknown as RowDescriptionHandler)._handleRowDescription;

class CatalogClient extends pg.Client {
  _handleRowDescription(message: RowDescription): void {
    for (const field of message.fields) {
      if (field.dataTypeID !== PG_CHAR_OID) continue;
      field.dataTypeID = PG_TEXT_OID;
      field.name += CHAR_MARK;
    }
    handleRowDescription.call(this, message);
  }
}

function restoreCharColumns(result: SqlResultSet): SqlResultSet {
  const columnTypes = [...result.columnTypes];
  const columnNames = result.columnNames.map((name, i) => {
    if (!name.endsWith(CHAR_MARK)) return name;
    columnTypes[i] = ColumnTypeEnum.Character;
    return name.slice(0, -CHAR_MARK.length);
  });
  return { ...result, columnNames, columnTypes };
}

class CatalogTransaction implements Transaction {
  readonly provider;
  readonly adapterName;
  readonly options;
  constructor(private readonly inner: Transaction) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
    this.options = inner.options;
  }
  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return restoreCharColumns(await this.inner.queryRaw(query));
  }
  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }
  commit(): Promise<void> {
    return this.inner.commit();
  }
  rollback(): Promise<void> {
    return this.inner.rollback();
  }
}

class CatalogAdapter implements SqlDriverAdapter {
  readonly provider;
  readonly adapterName;
  constructor(
    private readonly inner: SqlDriverAdapter & Required<Pick<SqlDriverAdapter, 'getConnectionInfo'>>,
    private readonly pool: pg.Pool,
    readonly dispose: () => Promise<void>,
  ) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }
  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return restoreCharColumns(await this.inner.queryRaw(query));
  }
  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }
  /**
   * adapter-pg splits scripts on every ";" (even inside comments and strings) and runs the
   * pieces one by one. Sent whole as one simple query, a migration file runs as a single
   * implicit transaction, as with Prisma's native engine: it applies completely or not at all.
   */
  async executeScript(script: string): Promise<void> {
    try {
      await this.pool.query(script);
    } catch (err) {
      if (!(err instanceof pg.DatabaseError)) throw err;
      throw new DriverAdapterError({
        kind: 'postgres',
        code: err.code ?? 'XX000',
        severity: err.severity ?? 'ERROR',
        message: err.message,
        detail: err.detail,
        column: err.column,
        hint: err.hint,
      });
    }
  }
  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    return new CatalogTransaction(await this.inner.startTransaction(isolationLevel));
  }
  getConnectionInfo() {
    return this.inner.getConnectionInfo();
  }
}

/** A database the engine may fill and that disappears afterwards. */
export interface ShadowDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A shadow database created next to the target one (needs the CREATEDB privilege). */
export function serverShadowDatabase(databaseUrl: string): () => Promise<ShadowDatabase> {
  return async () => {
    const name = quoteIdentifier(`delego_shadow_${randomBytes(6).toString('hex')}`);
    await runOnce(databaseUrl, `CREATE DATABASE ${name}`);
    return {
      url: withDatabaseName(databaseUrl, name.slice(1, -1)),
      drop: () => runOnce(databaseUrl, `DROP DATABASE IF EXISTS ${name}`),
    };
  };
}

async function runOnce(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface MigrationConnection {
  /** Hand this to the schema engine. */
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Why creating the shadow database failed: the engine only reports "External error id#0". */
  readonly shadowError: unknown;
  /** Closes every pool still open and drops shadow databases the engine did not dispose of. */
  close(): Promise<void>;
}

/**
 * Connections for one schema engine run. One connection per database: the engine takes a
 * session advisory lock while it migrates, and an idle pool connection closed under it would
 * silently release that lock.
 */
export function openMigrationConnection(
  databaseUrl: string,
  createShadow?: () => Promise<ShadowDatabase>,
): MigrationConnection {
  const open = new Set<() => Promise<void>>();
  let shadowError: unknown;

  const connectTo = async (
    url: string,
    afterClose: () => Promise<void> = async () => undefined,
  ): Promise<CatalogAdapter> => {
    const pool = new pg.Pool({ connectionString: url, Client: CatalogClient, max: 1, idleTimeoutMillis: 0 });
    const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    let closing: Promise<void> | undefined;
    const dispose = () => {
      closing ??= (async () => {
        open.delete(dispose);
        await adapter.dispose();
        await afterClose();
      })();
      return closing;
    };
    open.add(dispose);
    return new CatalogAdapter(adapter, pool, dispose);
  };

  return {
    adapterFactory: {
      provider: 'postgres',
      adapterName: '@prisma/adapter-pg',
      connect: () => connectTo(databaseUrl),
      connectToShadowDb: async () => {
        if (!createShadow) throw new Error('This schema engine command has no shadow database');
        try {
          const shadow = await createShadow();
          return await connectTo(shadow.url, shadow.drop);
        } catch (err) {
          shadowError ??= err;
          throw err;
        }
      },
    },
    get shadowError() {
      return shadowError;
    },
    close: async () => {
      await Promise.all([...open].map((dispose) => dispose()));
    },
  };
}
