import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDocument } from '../../../shared/protocol/index.ts';
import { useHubClient } from '../../client/react.tsx';
import { usePdfEngine, type PdfDocument, type PdfTask } from '../pdf/engine.ts';
import styles from './projector.module.css';

/**
 * The page the chair shows the room, as large as the stage allows. The document is fetched and opened once; each page
 * the chair turns to is drawn in its place (the previous drawing stays until the next is ready, so nothing flashes).
 */
export function ProjectorShownPage({ document, page }: { document: MeetingDocument; page: number }) {
  const { t } = useTranslation('follow-chair');
  const client = useHubClient();
  const loadEngine = usePdfEngine();
  const [pdf, setPdf] = useState<PdfDocument | null>(null);
  const [failed, setFailed] = useState(false);
  const [drawn, setDrawn] = useState(0);
  const box = useRef<HTMLDivElement | null>(null);
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const { sha256 } = document;

  useEffect(() => {
    const controller = new AbortController();
    let destroy: (() => Promise<void>) | null = null;
    void (async () => {
      try {
        const bytes = await client.fetchDocument(sha256, { signal: controller.signal });
        const loading = (await loadEngine()).open(bytes);
        destroy = () => loading.destroy();
        const opened = await loading.promise;
        if (!controller.signal.aborted) setPdf(opened);
      } catch {
        if (!controller.signal.aborted) setFailed(true);
      }
    })();
    return () => {
      controller.abort();
      void destroy?.();
    };
  }, [client, loadEngine, sha256]);

  useEffect(() => {
    if (!pdf || !box.current || !canvas.current) return;
    let task: PdfTask | null = null;
    let live = true;
    const target = canvas.current;
    const { clientWidth, clientHeight } = box.current;
    void pdf.getPage(Math.min(page, pdf.numPages)).then((p) => {
      if (!live) return;
      const zoom = Math.min(clientWidth / p.size.width, clientHeight / p.size.height);
      // Drawn off screen, then copied in: the page on screen stays until the next one is ready.
      const next = globalThis.document.createElement('canvas');
      task = p.render(next, zoom, globalThis.devicePixelRatio || 1);
      void task.promise.then(
        () => {
          if (!live) return;
          target.width = next.width;
          target.height = next.height;
          target.style.width = `${p.size.width * zoom}px`;
          target.style.height = `${p.size.height * zoom}px`;
          target.getContext('2d')?.drawImage(next, 0, 0);
          setDrawn(page);
        },
        () => {},
      );
    });
    return () => {
      live = false;
      task?.cancel();
    };
  }, [pdf, page]);

  return (
    <figure className={styles.shown} data-testid="projector-shown" data-document-id={document.id} data-page={page} data-drawn={drawn} data-failed={failed || undefined}>
      <div ref={box} className={styles.shownBox}>
        <canvas ref={canvas} className={styles.shownCanvas} />
      </div>
      <figcaption className={styles.shownCaption}>
        <span className={styles.shownTitle}>{document.title}</span>
        <span>{t('shownHere', { page })}</span>
      </figcaption>
    </figure>
  );
}
