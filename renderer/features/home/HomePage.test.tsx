// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fill, ok, renderApp, type Rendered } from '../../testing/render.tsx';

const SCREENS = ['tablet', 'console', 'projector', 'checkin', 'secretariat'];
const notPaired = () => ({ ok: false, code: 'not_paired', message: 'This device is not paired.' });

describe('home: every screen, what it needs, and a way in before pairing (issue 18.4)', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  it('lists every screen with what it needs on a device that is not paired, and opens them by the meeting’s id', async () => {
    app = await renderApp('/', (socket) => socket.answers.set('meeting.list', notPaired));
    expect(app.get('home-not-paired')).toBeTruthy();
    const rows = app.all('guide-screen');
    expect(rows.map((r) => r.dataset.screen)).toEqual(SCREENS);
    const needs = Object.fromEntries(rows.map((r) => [r.dataset.screen, r.textContent ?? '']));
    expect(needs.tablet).toContain('ghép nối máy với phòng họp');
    expect(needs.tablet).toContain('thẻ');
    expect(needs.console).toContain('mã truy cập của chủ tọa');
    expect(needs.checkin).toContain('bàn điểm danh');
    expect(needs.projector).toContain('màn hình chiếu');
    expect(needs.secretariat).toContain('mã quản trị');
    expect(app.get('screen-guide').textContent).toContain('đầu trang chuẩn bị cuộc họp');

    // Without an id only the secretariat's list opens; with one, every screen of that meeting.
    expect(app.get('guide-open-secretariat').getAttribute('href')).toBe('/secretariat');
    expect(app.all('guide-open-console')).toHaveLength(0);
    await fill(app.get('guide-meeting-id'), 'bch 12');
    for (const screen of SCREENS) expect(app.get(`guide-open-${screen}`).getAttribute('href')).toBe(`/${screen}/bch-12`);
  });

  it('says on each screen of a listed meeting what it needs, in English too', async () => {
    app = await renderApp(
      '/',
      (socket) =>
        socket.answers.set('meeting.list', () => ok({ meetings: [{ id: 'demo', title: 'Phiên họp thường kỳ', date: '2026-11-23', place: '', status: 'published' }] })),
      { language: 'en' },
    );
    expect(app.all('screen-needs').map((n) => n.textContent)).toEqual([
      'Needs pairing, then the badge',
      'Needs the chair’s credential',
      'Needs the projector’s credential',
      'Needs a check-in desk credential',
      'Needs the admin passcode',
    ]);
    expect(app.all('screen-guide')).toHaveLength(0);
    expect(app.get('open-secretariat-list').getAttribute('href')).toBe('/secretariat');
  });

  it('shows the guide, in English, on a hub without meetings', async () => {
    app = await renderApp('/', (socket) => socket.answers.set('meeting.list', () => ok({ meetings: [] })), { language: 'en' });
    const needs = app.all('guide-screen').map((r) => r.textContent ?? '');
    expect(needs[1]).toContain('the chair’s credential, issued by the secretariat');
    expect(needs[4]).toContain('the admin passcode');
    await fill(app.get('guide-meeting-id'), 'demo');
    expect(app.get('guide-open-console').getAttribute('href')).toBe('/console/demo');
  });
});
