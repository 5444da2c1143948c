// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { fakeEngine } from '../../testing/pdf.ts';
import { click, demoSnapshot, renderTablet, until, type Rendered } from '../../testing/render.tsx';
import { bytesOf, sha256Hex } from '../preload/testing.ts';
import { OPEN_AHEAD_AFTER_MS } from './limits.ts';

/** The tablet on the item "report-a", its documents `snapshot`'s, the hub's HTTP answered by `fetch`. */
const tablet = (snapshot: MeetingSnapshot, fetch: typeof globalThis.fetch, engine: ReturnType<typeof fakeEngine>) => renderTablet(snapshot, { fetch, pdfEngine: engine.engine });

describe('the documents of the item in view, opened ahead', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  it('opens a document kept on the device before it is tapped, and the tap shows it without reading it again', async () => {
    const bytes = bytesOf(30_000, 7_001);
    const snapshot: MeetingSnapshot = demoSnapshot(4, 'report-a');
    snapshot.documents = [{ ...snapshot.documents[0]!, sha256: sha256Hex(bytes), bytes: bytes.byteLength }];
    const downloads: string[] = [];
    const fetch = (async (url: string) => {
      downloads.push(url);
      return new Response(bytes.slice(), { status: 200 });
    }) as typeof globalThis.fetch;
    const engine = fakeEngine(4);
    app = await tablet(snapshot, fetch, engine);
    await until(app, () => app.get('document-item').dataset.offline === 'true');
    expect(engine.opened).toHaveLength(0);
    // Left on the item a moment: its document is opened from the device's copy, with nobody asking yet.
    await until(app, () => engine.opened.length === 1, 300);
    expect(engine.opened[0]).toEqual(bytes);
    const fetched = downloads.length;

    await click(app.get('document-open'));
    await until(app, () => app.all('viewer-page')[0]?.textContent === '1 / 4');
    expect(app.get('viewer-pages').dataset.source).toBe('device');
    expect(engine.opened).toHaveLength(1);
    expect(downloads).toHaveLength(fetched);
  });

  it('opens nothing for an item only glanced at, nor a document this tablet does not hold', async () => {
    const snapshot = demoSnapshot(4, 'report-a');
    const engine = fakeEngine(4);
    const refuse = (async () => Response.json({ ok: false, code: 'forbidden', message: 'no' }, { status: 403 })) as typeof globalThis.fetch;
    app = await tablet(snapshot, refuse, engine);
    await act(async () => await new Promise((resolve) => setTimeout(resolve, OPEN_AHEAD_AFTER_MS * 2)));
    expect(app.get('document-item').dataset.offline).toBe('false');
    expect(engine.opened).toHaveLength(0);
  });
});
