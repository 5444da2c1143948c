import type { ComponentProps } from 'react';
import type { PdfDocument } from '../pdf/engine.ts';
import { pageLeft } from './layout.ts';
import { PageView } from './PageView.tsx';
import type { ViewerState } from './useViewer.ts';

type Placed = 'pdf' | 'index' | 'zoom' | 'top' | 'left' | 'width' | 'height' | 'onMeasured' | 'focusHit';

/**
 * The pages near the viewport (the viewer's range), each at its place in the layout; the rest of a page's props are
 * the same for all. `focusPage`: the page whose first search match scrolls into view.
 */
export function PagesInView({
  pdf,
  viewer,
  focusPage = null,
  ...shared
}: { pdf: PdfDocument; viewer: Pick<ViewerState, 'layout' | 'range' | 'onMeasured'>; focusPage?: number | null } & Omit<ComponentProps<typeof PageView>, Placed>) {
  const { layout, range } = viewer;
  const pages = [];
  for (let index = range.first; index <= range.last; index++) {
    pages.push(
      <PageView
        key={index}
        pdf={pdf}
        index={index}
        zoom={layout.zooms[index]!}
        top={layout.tops[index]!}
        left={pageLeft(layout, index)}
        width={layout.widths[index]!}
        height={layout.heights[index]!}
        onMeasured={viewer.onMeasured}
        focusHit={focusPage === index}
        {...shared}
      />,
    );
  }
  return <>{pages}</>;
}
