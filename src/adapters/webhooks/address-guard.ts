// src/adapters/webhooks/address-guard.ts — webhooks reach the public internet only: loopback, private, link-local and other special addresses are refused at connect time

import { lookup } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * A tenant's admin types a webhook's address; without this guard ccq would POST to whatever it names
 * — the database on 127.0.0.1, a cloud metadata service on 169.254.169.254, the office network. The
 * ranges are the IANA special-purpose ones that are not globally reachable.
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(net, prefix, 'ipv6');

/** An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is. */
const mappedV4 = (address: string): string | null => {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m ? (m[1] as string) : null;
};

/** Why an address may not be reached, or null when it is a public one. */
export const refusedAddress = (address: string): string | null => {
  const v4 = mappedV4(address);
  const family = v4 ? 4 : isIP(address);
  if (family === 0) return `${address} is not an IP address`;
  const isBlocked = v4 ? blocked.check(v4, 'ipv4') : blocked.check(address, family === 6 ? 'ipv6' : 'ipv4');
  return isBlocked
    ? `${address} is a local or private address; webhooks only reach public addresses (CCQ_WEBHOOK_ALLOW_PRIVATE allows others)`
    : null;
};

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | { address: string; family: number }[], family?: number) => void;

/**
 * A `lookup` for http.request that resolves the name and refuses the connection when any address it
 * resolves to is not public — checked at connect time, so a name that resolves differently later (DNS
 * rebinding) is caught too.
 */
export const publicOnlyLookup = (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback): void => {
  lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const refused = addresses.map((a) => refusedAddress(a.address)).find((r) => r !== null);
    if (refused) return callback(Object.assign(new Error(refused), { code: 'CCQ_PRIVATE_ADDRESS' }), []);
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
    callback(null, first.address, first.family);
  });
};
