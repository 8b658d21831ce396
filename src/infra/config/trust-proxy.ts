import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * TRUST_PROXY: which proxies in front of Delego may say who the client is (X-Forwarded-For).
 * A number is how many proxies to trust counting from Delego; a list names the proxies'
 * addresses or networks (CIDR). Unset, the connection's own address is the client's.
 */
export type TrustProxy = number | string[];

const HINT =
  'a number of proxy hops between 1 and 10, or a comma-separated list of proxy addresses or CIDR networks such as 10.0.0.0/8, ::1';

function isAddressOrNetwork(entry: string): boolean {
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

function parseTrustProxy(value: string): TrustProxy | undefined {
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    const hops = Number(trimmed);
    return hops >= 1 && hops <= 10 ? hops : undefined;
  }
  const entries = trimmed.split(',').map((entry) => entry.trim());
  return entries.every(isAddressOrNetwork) ? entries : undefined;
}

export const trustProxySchema = z.string().transform((value, ctx): TrustProxy => {
  const parsed = parseTrustProxy(value);
  if (parsed === undefined) {
    ctx.addIssue({ code: 'custom', message: HINT });
    return z.NEVER;
  }
  return parsed;
});
