import { useCallback, useEffect, useRef, useState } from 'react';
import { useHubClient } from '../../client/react.tsx';
import { HubError, toHubError } from '../../client/errors.ts';
import type { UploadedDocument } from '../../client/uploads.ts';

/** A file's name without ".pdf", as a first title for the document (editable afterwards). */
export function titleFromFileName(name: string): string {
  return name.replace(/\.pdf$/i, '').replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim() || name;
}

/** A document's first title: the PDF's own when the hub found one ("Tờ trình số 12/TTr-UBND"), else its file's name. */
export function firstTitle(stored: Pick<UploadedDocument, 'title'>, file: Pick<File, 'name'>): string {
  return stored.title?.trim() || titleFromFileName(file.name);
}

/** A PDF by its type or, when the system gave none, by its name; the hub checks the bytes anyway. */
export const looksLikePdf = (file: File) => file.type === 'application/pdf' || (file.type === '' || file.type === 'application/octet-stream' ? /\.pdf$/i.test(file.name) : false);

/** How long a finished upload stays in the list. */
const DONE_SHOWN_MS = 2500;

export interface Upload {
  key: string;
  name: string;
  bytes: number;
  loaded: number;
  phase: 'waiting' | 'uploading' | 'attaching' | 'done' | 'failed';
  error: HubError | null;
}

/**
 * Uploads files one after another (the hub opens each PDF to check it: one at a time keeps it responsive),
 * each with its own progress and its own error. `attach` puts the stored bytes into the meeting.
 */
export function useUploadQueue(attach: (stored: UploadedDocument, file: File) => Promise<unknown>, notPdf: string) {
  const client = useHubClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const queue = useRef<{ key: string; file: File }[]>([]);
  const running = useRef(false);
  const mounted = useRef(true);
  const attachRef = useRef(attach);
  useEffect(() => {
    attachRef.current = attach;
  }, [attach]);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const patch = useCallback((key: string, change: Partial<Upload>) => {
    if (mounted.current) setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));
  }, []);

  const pump = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (let next = queue.current.shift(); next; next = queue.current.shift()) {
        const { key, file } = next;
        try {
          patch(key, { phase: 'uploading' });
          const stored = await client.uploadDocument(file, { onProgress: ({ loaded }) => patch(key, { loaded }) });
          patch(key, { phase: 'attaching', loaded: file.size });
          await attachRef.current(stored, file);
          patch(key, { phase: 'done' });
          // The document is in the list by now; the finished line only says so for a moment.
          setTimeout(() => mounted.current && setUploads((list) => list.filter((u) => u.key !== key)), DONE_SHOWN_MS);
        } catch (error) {
          patch(key, { phase: 'failed', error: toHubError(error) });
        }
      }
    } finally {
      running.current = false;
    }
  }, [client, patch]);

  const add = useCallback(
    (files: readonly File[]) => {
      const added: Upload[] = files.map((file) => ({
        key: `${Date.now()}-${Math.random().toString(36).slice(2)}`,
        name: file.name,
        bytes: file.size,
        loaded: 0,
        phase: looksLikePdf(file) ? 'waiting' : 'failed',
        error: looksLikePdf(file) ? null : new HubError('bad_document', notPdf, [], { reason: 'not_pdf' }),
      }));
      setUploads((list) => [...list.filter((u) => u.phase !== 'done'), ...added]);
      files.forEach((file, i) => {
        if (added[i]!.phase === 'waiting') queue.current.push({ key: added[i]!.key, file });
      });
      void pump();
    },
    [notPdf, pump],
  );

  const dismiss = useCallback((key: string) => setUploads((list) => list.filter((u) => u.key !== key)), []);
  return { uploads, add, dismiss };
}
