import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Extends a lease only for its holder: a lease that expired and was taken by another process stays theirs. */
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
/** Takes a free lease, or extends this holder's own (one it stopped using without giving it back: fenced). */
const ACQUIRE = `local v = redis.call('get', KEYS[1])
if v == false then redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
if v == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
return 0`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
/**
 * Marks this process alive until now + ttl (Redis's own clock, the same for every process) and
 * counts the processes alive; one killed drops out of the count when its mark runs out.
 */
const HEARTBEAT = `local t = redis.call('time')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('zremrangebyscore', KEYS[1], '-inf', now)
redis.call('zadd', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call('pexpire', KEYS[1], ARGV[2])
return redis.call('zcard', KEYS[1])`;

export interface Leases {
  /** this process's name on the leases it holds */
  owner: string;
  /** how long a lease lasts after it was taken or last renewed */
  ttlMs: number;
  /** takes the lease on `name` if nobody else holds it; true when this process now holds it */
  acquire(name: string): Promise<boolean>;
  /** extends a lease this process holds; false when it was lost (expired, then taken) */
  renew(name: string): Promise<boolean>;
  /** gives the lease back at once, so another process can take it without waiting for it to expire */
  release(name: string): Promise<void>;
  /** says this process is alive and returns how many processes sharing these leases are */
  heartbeat(): Promise<number>;
  /** leaves the count of live processes (on a graceful stop) */
  leave(): Promise<void>;
}

/**
 * Leases in Redis (set if absent, with a time to live): a holder renews before `ttlMs` runs out; a holder killed with
 * SIGKILL stops renewing, and its leases expire after at most `ttlMs`, when another process can
 * take them. Keys live under `prefix` so separate deployments on one Redis do not meet.
 */
export function redisLeases(redis: Redis, prefix: string, ttlMs: number): Leases {
  const owner = randomUUID();
  const key = (name: string) => `${prefix}:lease:${name}`;
  const members = `${prefix}:lease-holders`;
  return {
    owner,
    ttlMs,
    async acquire(name) {
      return Number(await redis.eval(ACQUIRE, 1, key(name), owner, ttlMs)) === 1;
    },
    async renew(name) {
      return Number(await redis.eval(RENEW, 1, key(name), owner, ttlMs)) === 1;
    },
    async release(name) {
      await redis.eval(RELEASE, 1, key(name), owner);
    },
    async heartbeat() {
      return Number(await redis.eval(HEARTBEAT, 1, members, owner, ttlMs));
    },
    async leave() {
      await redis.zrem(members, owner);
    },
  };
}
