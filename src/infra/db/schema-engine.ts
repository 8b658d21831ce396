import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { Logger } from '../logger.js';

export type { SchemaEngine };

/**
 * Prisma's schema engine (migrations, diffs) built as WebAssembly: the native engine cannot
 * be downloaded on every machine, this one ships in an npm package. The installed
 * @prisma/schema-engine-wasm is 8.1.0-2.59be4fda; prisma 7.10.1 pins 8.1.0-1.d1b3f377, which
 * is not published. migrate-engine.int.test.ts checks this build against our migrations.
 */
export interface SchemaEngineOptions {
  /** Prisma schema files as [path, content]; only needed by commands that read the schema. */
  datamodels?: [string, string][];
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  logger?: Logger;
}

interface PanicRegistry {
  set_message(message: string): void;
}

/**
 * The engine reports a Rust panic to this global before trapping; the trap itself only says
 * "unreachable". Prisma's client runtime installs its own registry (one that throws), so ours
 * is installed for the duration of each engine call.
 */
const panics: { last?: string } = {};
const panicRegistry: PanicRegistry = { set_message: (message) => (panics.last = message) };
const globals = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
/** Set after a panic: the module's memory is then undefined and it cannot be loaded again. */
let crashed: Error | undefined;

/** Node has WebAssembly; this project's TypeScript libs (no DOM) only declare its types. */
interface WasmRuntime {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const wasmRuntime = (globalThis as unknown as { WebAssembly: WasmRuntime }).WebAssembly;

/**
 * The engine races operations against 10 s timers it never clears (it imports setTimeout, not
 * clearTimeout), which kept every CLI run alive 10 s after its work was done. Its timers go
 * through this list and stop holding the process once the engine call has finished.
 */
const engineTimers = new Set<NodeJS.Timeout>();
const imports = Object.fromEntries(
  Object.entries(bindings).map(([name, value]) => [
    name,
    name.startsWith('__wbg_setTimeout_')
      ? (callback: () => void, ms: number) => {
          const timer = setTimeout(() => {
            engineTimers.delete(timer);
            callback();
          }, ms >>> 0);
          engineTimers.add(timer);
          return timer;
        }
      : value,
  ]),
);

function releaseEngineTimers(): void {
  for (const timer of engineTimers) timer.unref();
  engineTimers.clear();
}

let instantiating: Promise<void> | undefined;

function instantiate(): Promise<void> {
  instantiating ??= (async () => {
    const gluePath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(gluePath.replace(/\.js$/, '.wasm'));
    const { instance } = await wasmRuntime.instantiate(bytes, { './schema_engine_bg.js': imports });
    bindings.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start === 'function') start();
  })();
  return instantiating;
}

/** Runs fn with a fresh engine instance and frees it afterwards. */
export async function withSchemaEngine<T>(
  options: SchemaEngineOptions,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  if (crashed) throw crashed;
  await instantiate();
  const log = (line: string) => options.logger?.debug({ schemaEngine: parseLogLine(line) }, 'schema engine');
  panics.last = undefined;
  const otherRegistry = globals.PRISMA_WASM_PANIC_REGISTRY;
  globals.PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
  let engine: SchemaEngine | undefined;
  try {
    engine = await bindings.SchemaEngine.new(
      { datamodels: options.datamodels },
      log,
      bindMigrationAwareSqlAdapterFactory(options.adapterFactory),
    );
    return await fn(engine);
  } catch (err) {
    if (panics.last === undefined) throw err;
    engine = undefined;
    crashed = new Error(`Prisma schema engine crashed (restart the process to use it again): ${panics.last}`, {
      cause: err,
    });
    throw crashed;
  } finally {
    engine?.free();
    releaseEngineTimers();
    globals.PRISMA_WASM_PANIC_REGISTRY = otherRegistry;
  }
}

function parseLogLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return line;
  }
}
