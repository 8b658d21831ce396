import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import { DependencyError } from '../../kernel/errors.js';
import type { Logger } from '../logger.js';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * BullMQ requires maxRetriesPerRequest: null on connections used by workers; with it a command
 * waits for the connection to come back instead of failing, which is also what we want when
 * Redis restarts under us.
 */
export function createRedis(url: string, options: { lazyConnect?: boolean } = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    lazyConnect: options.lazyConnect ?? false,
  });
}

/** Resolves within `timeoutMs` whether a Redis server answers PING at `url`. */
export async function pingRedis(url: string, timeoutMs = 1000): Promise<boolean> {
  const probe = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: timeoutMs,
  });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/**
 * Resolves once `redis` is ready, or false after `timeoutMs`: the web chat answers 503 while its
 * connection is not ready, so a process serves HTTP only once it is (or once waiting is pointless).
 */
export async function redisReady(redis: Redis, timeoutMs = 5000): Promise<boolean> {
  if (redis.status === 'ready') return true;
  let timer: NodeJS.Timeout | undefined;
  let onReady: (() => void) | undefined;
  try {
    return await new Promise<boolean>((res) => {
      onReady = () => res(true);
      redis.once('ready', onReady);
      timer = setTimeout(() => res(false), timeoutMs);
    });
  } finally {
    clearTimeout(timer);
    if (onReady) redis.off('ready', onReady);
  }
}

/** PING on an existing connection, bounded in time, for /healthz. */
export async function checkRedis(redis: Redis, timeoutMs = 1000): Promise<boolean> {
  if (redis.status !== 'ready') return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((res) => {
    timer = setTimeout(() => res(false), timeoutMs);
  });
  try {
    return await Promise.race([redis.ping().then((r) => r === 'PONG'), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export interface RedisEndpoint {
  url: string;
  /** stops the redis-server this process started; nothing when Redis was already there */
  stop(): Promise<void>;
}

/**
 * The embedded default: REDIS_URL unset means redis://127.0.0.1:6379; when nothing answers
 * there and `redis-server` is installed, start one that persists under <dataDir>/redis.
 */
export async function resolveRedis(
  configuredUrl: string | undefined,
  dataDir: string,
  logger: Logger,
): Promise<RedisEndpoint> {
  const url = configuredUrl ?? DEFAULT_REDIS_URL;
  if (configuredUrl || (await pingRedis(url))) return { url, stop: async () => undefined };

  const dir = resolve(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const child = await startRedisServer(dir);
  for (let i = 0; i < 50; i++) {
    if (await pingRedis(url, 200)) {
      logger.info({ dir }, 'started a local redis-server (REDIS_URL not set)');
      return { url, stop: () => stopChild(child) };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new DependencyError(`redis-server started but does not answer on ${url}; set REDIS_URL to a running Redis`);
}

function startRedisServer(dir: string): Promise<ChildProcess> {
  return new Promise((res, rej) => {
    const child = spawn(
      'redis-server',
      ['--port', '6379', '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', '', '--daemonize', 'no'],
      { stdio: 'ignore' },
    );
    child.once('error', (err: NodeJS.ErrnoException) =>
      rej(
        err.code === 'ENOENT'
          ? new DependencyError(
              'No Redis at redis://127.0.0.1:6379 and redis-server is not installed: install it (apt-get install redis-server, brew install redis) or set REDIS_URL',
            )
          : new DependencyError(`could not start redis-server: ${err.message}`),
      ),
    );
    child.once('spawn', () => res(child));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((res) => {
    child.once('exit', () => res());
    child.kill('SIGTERM');
  });
}
