import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDocument } from '../../../shared/protocol/index.ts';
import { useHubClient, useHubState } from '../../client/react.tsx';
import { existingPreloader } from '../preload/service.ts';
import fontUrl from '../../../resources/fonts/NotoSans-Regular.ttf?url';
import { AnnotationTools } from './AnnotationTools.tsx';
import { CarriedList } from './CarriedList.tsx';
import { NoteDialog, type NoteTarget } from './NoteDialog.tsx';
import { PageAnnotations, type PageEdits } from './PageAnnotations.tsx';
import { SharedAnnotations } from './SharedAnnotations.tsx';
import { useAnnotator } from './useAnnotator.ts';
import { useVersionCompare, type ReaderControl } from './useVersionCompare.tsx';

/**
 * What the reader's screen adds for annotations: the tools for its header, the layer over each page (DocumentBody's
 * `overlay`), the note being written, and after a new version the list of what moved or was not found, and the earlier
 * version beside the new one (`compare`). `reader`: the reader's control, which "show" moves to an annotation's page.
 */
export function useViewerAnnotations(document: MeetingDocument | null, watermark: string | null, reader?: { current: ReaderControl | null }) {
  const { t } = useTranslation('annotations');
  const client = useHubClient();
  const annotator = useAnnotator(document);
  const [note, setNote] = useState<NoteTarget | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const versions = useVersionCompare(annotator.canAnnotate ? document : null, annotator.allOfDocument, reader);

  const edits: PageEdits = {
    add: (kind, page, body) => annotator.add(kind, page, body),
    erase: annotator.erase,
    openNote: setNote,
    stylusSeen: () => annotator.setTools((s) => (s.stylus ? s : { ...s, stylus: true })),
  };

  // The chair and the secretariat see what delegates shared with them, drawn on the pages, and read the notes.
  const readsShared = useHubState((state) => state.session?.role === 'chair' || state.session?.role === 'secretariat');
  const overlay = ({ index, zoom, size }: { index: number; zoom: number; size: { width: number; height: number } }): ReactNode =>
    annotator.canAnnotate ? (
      <PageAnnotations index={index} zoom={zoom} size={size} rows={annotator.byPage.get(index) ?? EMPTY} tools={annotator.tools} edits={edits} mine={annotator.mine} />
    ) : readsShared ? (
      <SharedAnnotations index={index} size={size} rows={annotator.byPage.get(index) ?? EMPTY} onNote={setNote} />
    ) : null;

  const exportCopy = useCallback(async () => {
    if (!document) return;
    setExporting(true);
    setExportError(null);
    try {
      const { annotatedCopy } = await import('./export.ts');
      const pdf = (await existingPreloader(client)?.readFile(document.sha256).catch(() => null)) ?? (await client.fetchDocument(document.sha256));
      const font = new Uint8Array(await (await fetch(fontUrl)).arrayBuffer());
      const bytes = await annotatedCopy({ pdf, annotations: annotator.rows, watermark: watermark ? watermark.split('\n') : null, font, noteLabel: t('noteLabel') });
      const link = window.document.createElement('a');
      link.href = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      link.download = `${document.title}.pdf`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(false);
    }
  }, [client, document, annotator.rows, watermark, t]);

  const toolbar = annotator.canAnnotate ? (
    <>
      <AnnotationTools annotator={annotator} onExport={() => void exportCopy()} exporting={exporting} compare={versions.compare.earlier ? { open: versions.compare.open, toggle: versions.toggle } : undefined} />
      {exportError ? <p role="alert">{t('exportFailed', { reason: exportError })}</p> : null}
      {document ? <CarriedList document={document} rows={annotator.allOfDocument} onGo={versions.show} /> : null}
    </>
  ) : null;

  const dialog = note ? (
    <NoteDialog
      target={note}
      mine={annotator.mine}
      onClose={() => setNote(null)}
      onRemove={() => {
        if ('id' in note) annotator.erase(note);
        setNote(null);
      }}
      onSave={(words, visibility) => {
        if ('id' in note) annotator.change(note, { body: { ...note.body, note: words }, visibility });
        else annotator.add('note', note.page, { page: note.page, note: words, points: [note.point], line: note.line ?? null }, visibility);
        setNote(null);
      }}
    />
  ) : null;

  return { annotator, overlay, toolbar, dialog, compare: versions.compare };
}

const EMPTY: never[] = [];
