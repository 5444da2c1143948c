import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { PdfDocument } from '../pdf/types.ts';
import type { PageSize } from './layout.ts';
import type { RenderQueue } from './renderQueue.ts';
import styles from './reader.module.css';

/** A thumbnail's width in CSS pixels; its height follows the page's shape. */
const WIDTH = 112;

/**
 * Every page small, drawn only while in view of the list (after the pages themselves: the queue puts thumbnails
 * last) and freed when scrolled away, so a 1,221-page document holds a dozen small canvases, not 1,221.
 */
export function ThumbnailList({ pdf, sizes, current, queue, onChoose }: { pdf: PdfDocument; sizes: readonly PageSize[]; current: number; queue: RenderQueue; onChoose: (page: number) => void }) {
  const list = useRef<HTMLOListElement>(null);
  const [shown, setShown] = useState<ReadonlySet<number>>(() => new Set());

  useEffect(() => {
    const root = list.current;
    if (!root) return;
    const observer = new IntersectionObserver(
      (entries) => {
        setShown((before) => {
          const next = new Set(before);
          for (const entry of entries) {
            const index = Number((entry.target as HTMLElement).dataset.index);
            if (entry.isIntersecting) next.add(index);
            else next.delete(index);
          }
          return next;
        });
      },
      { root: root.parentElement, rootMargin: '200px 0px' },
    );
    for (const item of root.children) observer.observe(item);
    return () => observer.disconnect();
  }, [sizes.length]);

  // The page in view stays in view in the list.
  useEffect(() => {
    list.current?.children[current]?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  return (
    <ol ref={list} className={styles.thumbnails} data-testid="viewer-thumbnails">
      {sizes.map((size, index) => (
        <li key={index} data-index={index}>
          <Thumbnail pdf={pdf} index={index} size={size} drawn={shown.has(index)} current={index === current} queue={queue} onChoose={onChoose} />
        </li>
      ))}
    </ol>
  );
}

const Thumbnail = memo(function Thumbnail({
  pdf,
  index,
  size,
  drawn,
  current,
  queue,
  onChoose,
}: {
  pdf: PdfDocument;
  index: number;
  size: PageSize;
  drawn: boolean;
  current: boolean;
  queue: RenderQueue;
  onChoose: (page: number) => void;
}) {
  const { t } = useTranslation('viewer');
  const format = useFormat();
  const holder = useRef<HTMLSpanElement>(null);
  const [ready, setReady] = useState(false);
  const zoom = size.width > 0 ? WIDTH / size.width : 1;
  const height = Math.max(1, Math.round(size.height * zoom));

  useEffect(() => {
    if (!drawn) return;
    let live = true;
    const canvas = document.createElement('canvas');
    canvas.className = styles.thumbnailCanvas ?? '';
    let task: { cancel(): void } | null = null;
    void pdf.getPage(index + 1).then((page) => {
      if (!live) return;
      const job = queue.enqueue(index, 'thumbnail', () => page.render(canvas, zoom, Math.min(2, window.devicePixelRatio || 1)));
      task = job;
      job.promise.then(
        () => {
          if (!live) return;
          holder.current?.replaceChildren(canvas);
          setReady(true);
        },
        () => undefined,
      );
    }, () => undefined);
    return () => {
      live = false;
      task?.cancel();
      canvas.width = 0;
      canvas.height = 0;
      canvas.remove();
      setReady(false);
    };
  }, [drawn, pdf, index, zoom, queue]);

  return (
    <button
      type="button"
      className={styles.thumbnail}
      aria-current={current ? 'page' : undefined}
      aria-label={t('reader.thumbnailPage', { page: index + 1 })}
      onClick={() => onChoose(index)}
      data-testid="viewer-thumbnail"
      data-browse="page"
      data-page={index + 1}
      data-drawn={ready ? 'true' : 'false'}
    >
      <span ref={holder} className={styles.thumbnailImage} style={{ width: WIDTH, height }} />
      <span className={styles.thumbnailNumber}>{format.number(index + 1)}</span>
    </button>
  );
});
