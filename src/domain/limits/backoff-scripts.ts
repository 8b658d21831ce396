/**
 * The Lua scripts of the failure backoff (backoff.ts), run atomically by Redis so that every
 * process shares one count. Each subject is a hash: f (failures, leaking over time), t (when f
 * was last written), n (when the next attempt may come), b (a refusal burst is going on).
 * Instants come in from the caller's clock, never from Redis's.
 *
 * ATTEMPT. KEYS[1]: the index of tracked subjects (a sorted set of their keys without the common
 * prefix, scored by expiry; its own key is "<prefix>index"); then per
 * subject its key and its overflow key (the same key for a limiter-wide subject, never capped).
 * ARGV: now, cap, number of subjects, then per subject: gate, count, free, leakMs, firstMs, maxMs.
 * Returns {allowed, retryAfterMs, refusing subject (1-based), burst start, overflowed, tracked}. The
 * index expires with the last subject it lists.
 */
export const ATTEMPT_SCRIPT = `
local now, cap, n = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local index = KEYS[1]
local prefixLength = #index - #'index'
redis.call('ZREMRANGEBYSCORE', index, '-inf', now)
local keys, states, overflowed, wait, blocker = {}, {}, 0, 0, 0
for i = 1, n do
  local key, overflow = KEYS[2 * i], KEYS[2 * i + 1]
  if key ~= overflow and redis.call('EXISTS', key) == 0 and redis.call('ZCARD', index) >= cap then
    key = overflow
    overflowed = 1
  end
  keys[i] = key
  local a = 4 + (i - 1) * 6
  local saved = redis.call('HMGET', key, 'f', 't', 'n', 'b')
  local f, t, nextAt = tonumber(saved[1]) or 0, tonumber(saved[2]) or now, tonumber(saved[3]) or 0
  states[i] = { f = math.max(0, f - math.max(0, now - t) / tonumber(ARGV[a + 3])), burst = saved[4] }
  if ARGV[a] == '1' and nextAt - now > wait then
    wait, blocker = nextAt - now, i
  end
end
if blocker > 0 then
  local first = 0
  if states[blocker].burst ~= '1' then first = 1 end
  redis.call('HSET', keys[blocker], 'b', '1')
  return { 0, math.ceil(wait), blocker, first, overflowed, redis.call('ZCARD', index) }
end
for i = 1, n do
  local a = 4 + (i - 1) * 6
  if ARGV[a + 1] == '1' then
    local free, leak = tonumber(ARGV[a + 2]), tonumber(ARGV[a + 3])
    local f, delay = states[i].f + 1, 0
    if f > free then delay = math.min(tonumber(ARGV[a + 4]) * 2 ^ math.min(f - free - 1, 40), tonumber(ARGV[a + 5])) end
    local ttl = math.ceil(math.max(delay, f * leak)) + 1000
    redis.call('HSET', keys[i], 'f', string.format('%.6f', f), 't', string.format('%.0f', now),
      'n', string.format('%.0f', now + delay), 'b', '0')
    redis.call('PEXPIRE', keys[i], ttl)
    if keys[i] ~= KEYS[2 * i + 1] then redis.call('ZADD', index, now + ttl, string.sub(keys[i], prefixLength + 1)) end
  elseif ARGV[a] == '1' then
    redis.call('HDEL', keys[i], 'b')
  end
end
local last = redis.call('ZRANGE', index, -1, -1, 'WITHSCORES')[2]
if last then redis.call('PEXPIRE', index, math.max(1, math.ceil(tonumber(last) - now))) end
return { 1, 0, 0, 0, overflowed, redis.call('ZCARD', index) }
`;

/**
 * REFUND: an attempt that succeeded gives back the failure it was counted as. KEYS: the
 * subjects. ARGV: now, then per subject its leakMs. Subjects that are gone stay gone.
 */
export const REFUND_SCRIPT = `
local now = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  local saved = redis.call('HMGET', key, 'f', 't')
  if saved[1] then
    local f = tonumber(saved[1]) - math.max(0, now - tonumber(saved[2])) / tonumber(ARGV[i + 1])
    redis.call('HSET', key, 'f', string.format('%.6f', math.max(0, f - 1)), 't', string.format('%.0f', now))
  end
end
return 1
`;
