import type { CommandResult } from '../../../shared/protocol/index.ts';
import { fold, queryWords } from '../delegates/search.ts';

export type Device = CommandResult<'device.list'>['devices'][number];

/** Online first, then the most recently seen. */
export function sortDevices(devices: readonly Device[]): Device[] {
  return [...devices].sort((a, b) => Number(b.online) - Number(a.online) || b.lastSeenAt.localeCompare(a.lastSeenAt) || a.name.localeCompare(b.name));
}

/** "482913" as "482 913": read aloud and typed in two halves. */
export const groupDigits = (code: string) => code.replace(/^(\d{3})(\d{3})$/, '$1 $2');

/** "::ffff:192.168.1.23" (IPv4 seen by an IPv6 socket) as people know it. */
export const displayAddress = (address: string) => address.replace(/^::ffff:/, '');

/** What the secretariat calls a device: its own name for it, else what the device calls itself, else its id. */
export const deviceTitle = (device: Device) => device.label || device.name || device.id;

/**
 * The devices a search finds: every word (accents ignored) in its name, the device's own name, its seat, the
 * delegate at that seat or signed in on it, its address or its id. A lost tablet is found by what people remember.
 */
export function searchDevices(devices: readonly Device[], query: string, seatHolder: (seat: string) => string | undefined): Device[] {
  const words = queryWords(query);
  if (words.length === 0) return [...devices];
  return devices.filter((d) => {
    const text = fold([d.label, d.name, d.seat, d.seat ? (seatHolder(d.seat) ?? '') : '', d.delegateName ?? '', displayAddress(d.lastAddress), d.id].join(' '));
    return words.every((word) => text.includes(word));
  });
}
