import type { Writable } from 'node:stream';
import { agendaTree, type AgendaNode } from '../../../shared/domain/agenda.ts';
import { PACK_FORMAT, PACK_VERSION, type PackAgendaItem, type PackManifest } from '../../../shared/protocol/pack.ts';
import type { BlobStore } from '../blobs.ts';
import type { Store } from '../store/store.ts';
import { hubSigner } from './keys.ts';
import { PackError } from './problems.ts';
import { writePack } from './write-pack.ts';

/** A meeting as it is now, as a pack manifest: the agenda in reading order, documents in their order under it. */
export function meetingManifest(store: Store, meetingId: string, hub: { id: string; publicKey: string }, now = new Date()): PackManifest | null {
  const snapshot = store.snapshot(meetingId);
  if (!snapshot) return null;
  const { meeting } = snapshot;
  const toPack = (nodes: AgendaNode[]): PackAgendaItem[] =>
    nodes.map(({ item, children }) => ({
      id: item.id,
      title: item.title,
      description: item.description,
      durationMinutes: item.durationMinutes,
      children: toPack(children),
    }));
  const tree = agendaTree(snapshot.agendaItems);
  const order = new Map<string | null, number>([[null, -1]]);
  const number = (nodes: AgendaNode[]) => nodes.forEach((n) => (order.set(n.item.id, order.size), number(n.children)));
  number(tree);
  const documents = [...snapshot.documents]
    .sort((a, b) => (order.get(a.itemId) ?? -1) - (order.get(b.itemId) ?? -1) || a.position - b.position || a.id.localeCompare(b.id))
    .map((d) => ({ id: d.id, itemId: d.itemId, title: d.title, sha256: d.sha256, bytes: d.bytes, pages: d.pages, access: d.access }));
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    meeting: { id: meeting.id, title: meeting.title, date: meeting.date, place: meeting.place, quorumRule: meeting.quorumRule },
    agenda: toPack(tree),
    documents,
    delegates: snapshot.delegates.map((d) => ({ id: d.id, fullName: d.fullName, title: d.title, organisation: d.organisation, group: d.group, seat: d.seat })),
    createdAt: now.toISOString(),
    hub,
  };
}

/** Streams a meeting of this hub as a signed pack to `output` (an HTTP response, a file on a USB stick). */
export async function exportPack(store: Store, blobs: BlobStore, meetingId: string, output: Writable): Promise<PackManifest> {
  const signer = hubSigner(store);
  const manifest = meetingManifest(store, meetingId, { id: signer.hubId, publicKey: signer.publicKey });
  if (!manifest) throw new PackError('not_found', [{ entry: null, message: `there is no meeting "${meetingId}"` }]);
  for (const doc of manifest.documents) {
    if (!blobs.has(doc.sha256)) throw new PackError('bad_pack', [{ entry: null, message: `the file of "${doc.title}" (${doc.sha256}) is missing from the blob store` }]);
  }
  await writePack(manifest, signer, (sha256) => blobs.pathOf(sha256), output);
  return manifest;
}
