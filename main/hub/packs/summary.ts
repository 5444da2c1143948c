import { agendaNumbers } from '../../../shared/domain/agenda.ts';
import type { DocumentAccess } from '../../../shared/protocol/index.ts';
import { type PackManifest, walkAgenda } from '../../../shared/protocol/pack.ts';
import { fingerprint } from './keys.ts';

export interface PackSummary {
  meeting: PackManifest['meeting'];
  createdAt: string;
  fileBytes: number;
  signer: { hubId: string; publicKey: string; fingerprint: string };
  signatureValid: boolean;
  agenda: { number: string; id: string; title: string; durationMinutes: number | null }[];
  documents: { id: string; item: string | null; title: string; pages: number; bytes: number; access: string; sha256: string }[];
  delegates: number;
}

export const accessText = (access: DocumentAccess): string =>
  access.kind === 'groups' ? `groups: ${access.groups.join(', ')}` : access.kind === 'staff' ? 'staff only' : 'all';

/** What `pack inspect` shows: the meeting, its agenda with numbers, documents with pages and access, the signer. */
export function summarise(manifest: PackManifest, fileBytes: number, signatureValid: boolean): PackSummary {
  const items = walkAgenda(manifest.agenda);
  const flat = items.map(({ item, parentId }, i) => ({ id: item.id, parentId, position: i, title: item.title, description: '', durationMinutes: item.durationMinutes }));
  const numbers = agendaNumbers(flat);
  return {
    meeting: manifest.meeting,
    createdAt: manifest.createdAt,
    fileBytes,
    signer: { hubId: manifest.hub.id, publicKey: manifest.hub.publicKey, fingerprint: fingerprint(manifest.hub.publicKey) },
    signatureValid,
    agenda: items.map(({ item }) => ({ number: numbers.get(item.id) ?? '?', id: item.id, title: item.title, durationMinutes: item.durationMinutes })),
    documents: manifest.documents.map((d) => ({
      id: d.id,
      item: d.itemId === null ? null : (numbers.get(d.itemId) ?? d.itemId),
      title: d.title,
      pages: d.pages,
      bytes: d.bytes,
      access: accessText(d.access),
      sha256: d.sha256,
    })),
    delegates: manifest.delegates.length,
  };
}

const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

export function summaryText(s: PackSummary): string {
  const rule = s.meeting.quorumRule;
  const quorum = rule.kind === 'fixed' ? `at least ${rule.count}` : rule.kind === 'twoThirds' ? 'two thirds' : 'majority';
  const lines = [
    `Meeting: ${s.meeting.title} (id ${s.meeting.id})`,
    `Date: ${s.meeting.date}${s.meeting.place ? `, ${s.meeting.place}` : ''}; quorum: ${quorum}`,
    `Agenda (${s.agenda.length} items):`,
    ...s.agenda.map((i) => `  ${i.number}  ${i.title}${i.durationMinutes !== null ? ` (${i.durationMinutes} min)` : ''}`),
    `Documents (${s.documents.length}):`,
    ...s.documents.map((d) => `  [${d.item ?? 'meeting'}] ${d.title}: ${d.pages} ${d.pages === 1 ? 'page' : 'pages'}, ${size(d.bytes)}, ${d.access}`),
    `Delegates: ${s.delegates}`,
    `Signed by hub ${s.signer.hubId} (key ${s.signer.fingerprint})${s.signatureValid ? '' : ': SIGNATURE NOT VALID'}, ${s.createdAt}`,
    `Size: ${size(s.fileBytes)}`,
  ];
  return `${lines.join('\n')}\n`;
}
