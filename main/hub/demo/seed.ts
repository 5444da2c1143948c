import { join } from 'node:path';
import type { CommandInput, CommandName, CommandResult } from '../../../shared/protocol/index.ts';
import type { BlobStore } from '../blobs.ts';
import { secretariatConnection } from '../kernel/local-connection.ts';
import { resourcesDir } from '../paths.ts';
import { runCommand, type PipelineDeps } from '../pipeline.ts';
import { DEMO_AGENDA, DEMO_DELEGATES, DEMO_MEETING, type DemoItem } from './content.ts';
import { makeTextPdf } from './pdf.ts';

/**
 * Loads the demo meeting, published, through the same commands a secretariat sends, so it obeys every rule they do.
 * Returns false (and changes nothing) if the hub already has a meeting with the demo's id.
 */
export async function seedDemo(deps: PipelineDeps, blobs: BlobStore, date = new Date()): Promise<boolean> {
  if (deps.store.getMeeting(DEMO_MEETING.id)) return false;
  const connection = secretariatConnection('demo-loader');
  const send = <N extends CommandName>(name: N, input: CommandInput<N>): CommandResult<N> => {
    const ack = runCommand(deps, connection, name, input);
    if (!ack.ok) throw new Error(`demo: ${name} refused: ${ack.message}`);
    return ack.data as CommandResult<N>;
  };
  const meetingId = DEMO_MEETING.id;
  send('meeting.create', { id: meetingId, title: DEMO_MEETING.title, place: DEMO_MEETING.place, date: date.toISOString().slice(0, 10) });
  const fonts = join(resourcesDir(), 'fonts');
  const addItems = async (items: DemoItem[], parentId: string | null) => {
    for (const item of items) {
      const { itemId } = send('agenda.add', {
        meetingId,
        parentId,
        title: item.title,
        description: item.description ?? '',
        durationMinutes: item.durationMinutes ?? null,
      });
      for (const doc of item.documents ?? []) {
        const bytes = await makeTextPdf(fonts, doc.title, doc.pages, DEMO_MEETING.title);
        const sha256 = await blobs.putBytes(bytes);
        deps.store.putBlob({ sha256, bytes: bytes.length, pages: doc.pages.length, mediaType: 'application/pdf', createdAt: new Date().toISOString() });
        send('document.add', { meetingId, itemId, title: doc.title, sha256, access: doc.access });
      }
      await addItems(item.children ?? [], itemId);
    }
  };
  await addItems(DEMO_AGENDA, null);
  for (const delegate of DEMO_DELEGATES) send('delegate.add', { meetingId, ...delegate });
  // Published, as a prepared meeting is on the day: the tablets see it and preload its documents.
  send('meeting.publish', { meetingId });
  return true;
}
