// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { PreloadDevice } from '../../../shared/protocol/index.ts';
import { createI18n } from '../../i18n/index.ts';
import { namespaces } from '../../app/strings.ts';
import { memoryStorage } from '../../platform/index.ts';
import { demoSnapshot, ok, renderApp, type Rendered } from '../../testing/render.tsx';
import { PreloadTable } from './PreloadPanel.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const device = (deviceId: string, failed: PreloadDevice['failed']): PreloadDevice => ({
  deviceId,
  deviceName: `Máy ${deviceId}`,
  delegateId: 'p1',
  delegateName: 'Nguyễn Văn Hùng',
  online: true,
  documentsTotal: 2,
  documentsDone: 1,
  bytesTotal: 2_000,
  bytesDone: 1_000,
  failed,
  reportedAt: '2026-11-23T02:00:00.000Z',
  purgedAt: null,
  forgottenAt: null,
  mustPurge: false,
});
const corrupted = { documentId: 'd1', title: 'Báo cáo số 215', error: "The bytes received do not match the document's SHA-256 (got 0123456789ab…); they were deleted.", kind: 'sha256' as const };
const full = { documentId: 'd2', title: 'Tờ trình', error: 'This device could not store the document (QuotaExceededError).', kind: 'storage' as const };
/** From a tablet that gave no kind: its words are all there is. */
const unexplained = { documentId: 'd3', title: 'Phụ lục', error: 'checksum mismatch', kind: null };

describe('preload table: why a document failed, in the reader’s language', () => {
  let root: Root | null = null;
  let container: HTMLElement | null = null;
  afterEach(() => {
    if (root) act(() => root!.unmount());
    container?.remove();
    root = null;
  });

  async function renderTable(devices: PreloadDevice[], language: 'vi' | 'en') {
    const storage = memoryStorage();
    storage.setItem('roundtable.language', language);
    const i18n = await createI18n(storage, namespaces);
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => {
      root!.render(
        <I18nextProvider i18n={i18n}>
          <PreloadTable devices={devices} error={null} status="published" />
        </I18nextProvider>,
      );
    });
    return [...container.querySelectorAll<HTMLElement>('[data-testid="preload-failed"] li')];
  }

  it('says a sha256 failure in Vietnamese, keeps the device’s words as the detail, and falls back to them without a kind', async () => {
    const items = await renderTable([device('t1', [corrupted, full, unexplained])], 'vi');
    expect(items.map((li) => li.textContent)).toEqual([
      'Báo cáo số 215: Tệp tải về bị sai lệch (không khớp mã kiểm tra SHA-256) nên đã bị xóa; máy sẽ tải lại.',
      'Tờ trình: Máy tính bảng hết chỗ lưu trữ hoặc không ghi được tệp.',
      'Phụ lục: checksum mismatch',
    ]);
    expect(items.map((li) => li.dataset.kind)).toEqual(['sha256', 'storage', undefined]);
    expect(items[0]!.title).toBe(corrupted.error);
  });

  it('says it in English for an English screen', async () => {
    const items = await renderTable([device('t1', [corrupted])], 'en');
    expect(items[0]!.textContent).toBe('Báo cáo số 215: The file downloaded was corrupted (its SHA-256 did not match), so it was deleted; the tablet will download it again.');
  });

  it.each([
    ['vi', 'Đã xóa tài liệu hạn chế của người đăng xuất lúc'],
    ['en', "Deleted the signed-out reader's restricted documents at"],
  ] as const)('says when a shared tablet deleted the restricted documents of the reader who signed out (%s)', async (language, words) => {
    await renderTable([{ ...device('t1', []), forgottenAt: '2026-11-23T05:00:00.000Z' }, device('t2', [])], language);
    const said = [...container!.querySelectorAll<HTMLElement>('[data-testid="preload-forgotten"]')];
    expect(said).toHaveLength(1);
    expect(said[0]!.textContent).toContain(words);
  });

  it('falls back to the device’s words for a kind this screen does not know', async () => {
    const newer = { ...corrupted, kind: 'cosmic_ray' as unknown as 'sha256', error: 'A cosmic ray flipped a bit.' };
    const items = await renderTable([device('t1', [newer])], 'vi');
    expect(items[0]!.textContent).toBe('Báo cáo số 215: A cosmic ray flipped a bit.');
  });
});

describe('the chair’s Tablets card: why a tablet failed, in Vietnamese', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  it('names the tablet and the document with the sentence for its kind', async () => {
    const session = { token: 'chair-token', role: 'chair', expiresAt: '2999-01-01T00:00:00.000Z' };
    app = await renderApp(
      '/console/demo',
      (socket) => {
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: demoSnapshot(7, 'report') }));
        socket.answers.set('session.resume', () => ok(session));
        socket.answers.set('preload.list', () => ok({ devices: [device('t1', [corrupted])] }));
      },
      { stored: { 'roundtable.sessions': JSON.stringify({ chair: session }) } },
    );
    expect(app.get('preload-card-failed').textContent).toBe(
      'Nguyễn Văn Hùng Báo cáo số 215: Tệp tải về bị sai lệch (không khớp mã kiểm tra SHA-256) nên đã bị xóa; máy sẽ tải lại.',
    );
  });
});
