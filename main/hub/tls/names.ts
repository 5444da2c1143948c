import type { NetworkInterfaceInfo } from 'node:os';

/** What the room's server certificate must name: every address and host name a tablet may type or scan. */
export interface CertificateNames {
  dns: string[];
  ips: string[];
}

/** A host name a certificate may carry (RFC 1123 labels); anything else a machine calls itself is left out. */
const HOST_LABELS = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * The names of a hub listening on `host`: on every interface (0.0.0.0, ::) its LAN addresses, its host name and its
 * mDNS name (<hostname>.local); always the loopback spellings the desktop app and this machine's browser use.
 */
export function certificateNames(host: string, interfaces: Record<string, NetworkInterfaceInfo[] | undefined>, hostname: string): CertificateNames {
  const dns = new Set<string>(['localhost']);
  const ips = new Set<string>(['127.0.0.1', '::1']);
  const name = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (HOST_LABELS.test(name)) {
    dns.add(name);
    if (!name.endsWith('.local')) dns.add(`${name.split('.')[0]}.local`);
  }
  if (host === '0.0.0.0' || host === '::') {
    for (const a of Object.values(interfaces).flat()) if (a && !a.internal && a.family === 'IPv4') ips.add(a.address);
  } else if (/^[\d.]+$/.test(host) || host.includes(':')) ips.add(host);
  else if (HOST_LABELS.test(host.toLowerCase())) dns.add(host.toLowerCase());
  return { dns: [...dns].sort(), ips: [...ips].sort() };
}

/** The names as one comparable line: a certificate whose line differs from the machine's is made again. */
export const namesKey = (names: CertificateNames) => [...names.dns, ...names.ips].join(' ');
