import { isIPv4, isIPv6 } from 'node:net';

/** Hextets of an IPv6 address, with "::" expanded. */
function hextets(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array.from({ length: missing }, () => '0'), ...right];
}

/**
 * What the per-address limits count a client by: an IPv4 address as it is (also when written
 * IPv4-mapped, ::ffff:203.0.113.7), an IPv6 address by its /64 network, since one subscriber
 * usually holds a whole /64 and could otherwise change address at every try. `ip` is Express's
 * req.ip, which honours TRUST_PROXY.
 */
export function clientAddressKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (isIPv4(ip)) return ip;
  if (!isIPv6(ip)) return 'unknown';
  const network = hextets(ip.split('%')[0]!.toLowerCase())
    .slice(0, 4)
    .map((h) => h.replace(/^0+(?=.)/, ''));
  return `${network.join(':')}::/64`;
}
