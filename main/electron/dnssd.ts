// DNS-SD: the app's hub advertised on the room's LAN as _roundtable._tcp, so tablets (the app's first start) find it
// without typing; the room QR still works. Only a hub that listens beyond this machine is advertised: a loopback hub
// (tests, a single machine) never is, and ROUNDTABLE_DNSSD=0 turns it off. The responder (bonjour-service) is passed
// in, so the rules are tested without multicast.
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';

export const SERVICE_TYPE = 'roundtable';

/** The part of bonjour-service's Bonjour used here. */
export interface ResponderLike {
  publish(config: { name: string; type: string; port: number; txt?: Record<string, string>; probe?: boolean }): unknown;
  unpublishAll(callback?: () => void): void;
  destroy(callback?: () => void): void;
}

export interface AdvertisedHub {
  /** e.g. https://127.0.0.1:4010 */
  url: string;
  /** The interface it listens on (0.0.0.0: every one). */
  host: string;
  fingerprint: string | null;
  /** Its name on the network, e.g. "Roundtable vm". */
  name: string;
}

const LOOPBACK = /^(127\.|::1$|localhost$)/;

/** Whether to advertise, and why not: the room's tablets can only reach a hub listening beyond loopback. */
export function shouldAdvertise(hub: Pick<AdvertisedHub, 'host'>, env: Record<string, string | undefined>): { ok: true } | { ok: false; why: string } {
  if (env.ROUNDTABLE_DNSSD === '0') return { ok: false, why: 'ROUNDTABLE_DNSSD=0' };
  if (LOOPBACK.test(hub.host)) return { ok: false, why: `the hub listens on ${hub.host} only` };
  return { ok: true };
}

/** The TXT record: what a tablet needs before it connects (the scheme, the protocol, the room CA to pin). */
export function txtOf(hub: AdvertisedHub): Record<string, string> {
  const url = new URL(hub.url);
  return {
    v: String(PROTOCOL_VERSION),
    scheme: url.protocol.replace(':', ''),
    ...(hub.fingerprint ? { fp: hub.fingerprint } : {}),
  };
}

/** Advertises `hub`; answers a stop function (also when nothing was advertised). */
export function advertiseHub(hub: AdvertisedHub, options: { env: Record<string, string | undefined>; responder: () => ResponderLike; log: (line: string) => void }): () => void {
  const verdict = shouldAdvertise(hub, options.env);
  if (!verdict.ok) {
    options.log(`not advertised on the LAN (DNS-SD): ${verdict.why}`);
    return () => {};
  }
  const responder = options.responder();
  const port = Number(new URL(hub.url).port);
  responder.publish({ name: hub.name.slice(0, 63), type: SERVICE_TYPE, port, txt: txtOf(hub) });
  options.log(`advertised on the LAN as "${hub.name}" (_${SERVICE_TYPE}._tcp, port ${port})`);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    responder.unpublishAll(() => responder.destroy());
  };
}
