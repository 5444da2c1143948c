// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  PAIRED_DELEGATE,
  DELEGATE_SESSION,
  answerResume,
  click,
  currentChange,
  demoSnapshot,
  fill,
  ok,
  push,
  renderApp,
  type Rendered,
} from '../../testing/render.tsx';

const refuse = (code: string, message = code) => ({ ok: false, code, message });

describe('tablet', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  const snapshot = demoSnapshot(4, 'open');
  const open = () =>
    renderApp(
      '/tablet/demo',
      (socket) => {
        answerResume(socket);
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
      },
      { stored: PAIRED_DELEGATE },
    );

  it('shows the meeting, the numbered agenda and the current item', async () => {
    app = await open();
    expect(app.get('meeting-title').textContent).toBe('Phiên họp thường kỳ');
    expect(app.all('agenda-item').map((e) => e.dataset.number)).toEqual(['1', '2', '2.1', '2.2', '3']);
    expect(app.get('current-item').dataset.itemId).toBe('open');
    expect(app.get('current-item-title').textContent).toBe('Khai mạc');
    expect(app.get('connection-badge').dataset.status).toBe('connected');
  });

  it('follows the chair, even after the delegate browsed to another item', async () => {
    app = await open();
    const reportA = app.all('agenda-item').find((e) => e.dataset.itemId === 'report-a')!;
    await click(reportA.querySelector('button')!);
    expect(app.get('selected-item').dataset.itemId).toBe('report-a');
    expect(app.get('document-item').textContent).toContain('Báo cáo số 215');
    expect(app.get('document-item').textContent).toContain('3 trang');
    expect(app.all('show-current')).toHaveLength(1);

    await push(app.socket, 'meeting.changed', currentChange(5, snapshot, 'close'));
    expect(app.get('current-item').dataset.itemId).toBe('close');
    expect(app.get('current-item-title').textContent).toBe('Bế mạc');
    expect(app.get('selected-item').dataset.itemId).toBe('close');
    expect(app.all('show-current')).toHaveLength(0);
  });

  it('resumes the kept delegate session and names the delegate and seat in the header', async () => {
    app = await open();
    expect(app.socket.sent.find((s) => s.name === 'session.resume')?.input).toEqual({ token: 'delegate-token' });
    expect(app.socket.handshakes[0]?.deviceToken).toBe('device-token');
    const badge = app.get('delegate-badge');
    expect(badge.dataset.delegateId).toBe('p1');
    expect(badge.textContent).toContain('Nguyễn Văn Hùng');
    expect(badge.textContent).toContain('Ghế A01');
    expect(app.get('signout').textContent).toBe('Đăng xuất');
  });

  it('asks an unpaired tablet to pair, then its delegate to sign in with the badge', async () => {
    app = await renderApp('/tablet/demo', (socket) => {
      socket.answers.set('meeting.open', () => refuse('not_paired'));
      socket.answers.set('device.pair', (input) => {
        expect(input).toEqual({ code: '042517' });
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
        return ok({ deviceId: 'x', deviceToken: 'new-device-token' });
      });
      socket.answers.set('session.badgeSignIn', () => ok(DELEGATE_SESSION));
    });
    expect(app.get('pairing-form').textContent).toContain('Ghép nối máy tính bảng');
    expect(app.all('agenda')).toHaveLength(0);
    await fill(app.get('pair-code-input'), '042 517');
    await click(app.get('pair-submit'));
    expect(app.storage.getItem('roundtable.deviceToken')).toBe('new-device-token');

    // Paired: the meeting reads (its title is in the header) and the badge sign-in is asked for.
    expect(app.get('badge-signin').textContent).toContain('Đăng nhập bằng thẻ đại biểu');
    expect(app.get('meeting-title').textContent).toBe('Phiên họp thường kỳ');
    await fill(app.get('badge-code-input'), 'k7qm-2xhp');
    expect((app.get('badge-code-input') as HTMLInputElement).value).toBe('K7QM-2XHP');
    await click(app.get('badge-signin-submit'));
    expect(app.socket.sent.find((s) => s.name === 'session.badgeSignIn')?.input).toEqual({
      meetingId: 'demo',
      code: 'K7QM-2XHP',
      takeOver: false,
    });
    expect(app.get('delegate-badge').textContent).toContain('Nguyễn Văn Hùng');
    expect(app.all('agenda-item')).toHaveLength(5);
    expect(JSON.parse(app.storage.getItem('roundtable.sessions') ?? '{}')).toMatchObject({ delegate: { token: 'delegate-token' } });
  });

  it('says a wrong pairing code is wrong', async () => {
    app = await renderApp('/tablet/demo', (socket) => socket.answers.set('device.pair', () => refuse('bad_passcode')), { language: 'en' });
    await fill(app.get('pair-code-input'), '000000');
    await click(app.get('pair-submit'));
    expect(app.get('pair-error').dataset.code).toBe('bad_passcode');
    expect(app.get('pair-error').textContent).toContain('That pairing code is not right');
  });

  it('asks before moving the session from another device, and moves it on yes', async () => {
    app = await renderApp(
      '/tablet/demo',
      (socket) => {
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
        socket.answers.set('session.badgeSignIn', (input) =>
          (input as { takeOver: boolean }).takeOver
            ? ok(DELEGATE_SESSION)
            : {
                ...refuse('session_elsewhere', 'You are signed in on another device (Chrome on Android). Sign in here to move your session.'),
                reason: 'signed_in_elsewhere',
                params: { device: 'Chrome on Android' },
              },
        );
      },
      { stored: { 'roundtable.deviceToken': 'device-token' } },
    );
    await fill(app.get('badge-code-input'), 'K7QM-2XHP');
    await click(app.get('badge-signin-submit'));
    expect(app.get('takeover').textContent).toContain('Bạn đang đăng nhập trên một thiết bị khác (Chrome on Android). Chuyển phiên đăng nhập sang máy này?');
    expect(app.all('delegate-badge')).toHaveLength(0);
    await click(app.get('takeover-confirm'));
    expect(app.socket.sent.filter((s) => s.name === 'session.badgeSignIn').map((s) => s.input)).toEqual([
      { meetingId: 'demo', code: 'K7QM-2XHP', takeOver: false },
      { meetingId: 'demo', code: 'K7QM-2XHP', takeOver: true },
    ]);
    expect(app.get('delegate-badge').dataset.delegateId).toBe('p1');
  });

  it('words every badge refusal for the delegate, in both languages', async () => {
    app = await renderApp(
      '/tablet/demo',
      (socket) => {
        socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot }));
        socket.answers.set('session.badgeSignIn', () => refuse('not_found', 'No badge of this meeting has the code ZZZZ-ZZZZ.'));
      },
      { stored: { 'roundtable.deviceToken': 'device-token' } },
    );
    await fill(app.get('badge-code-input'), 'ZZZZ-ZZZZ');
    await click(app.get('badge-signin-submit'));
    expect(app.get('badge-signin-error').dataset.code).toBe('not_found');
    expect(app.get('badge-signin-error').textContent).toContain('Không có thẻ nào của cuộc họp này mang mã này');
    app.socket.answers.set('session.badgeSignIn', () => refuse('badge_revoked'));
    await click(app.get('language-en'));
    await click(app.get('badge-signin-submit'));
    expect(app.get('badge-signin-error').dataset.code).toBe('badge_revoked');
    expect(app.get('badge-signin-error').textContent).toContain('This badge was replaced by a newer one');
  });

  it('shows why it was signed out when the delegate moved to another device, then the sign-in again', async () => {
    app = await open();
    await push(app.socket, 'session.ended', { reason: 'You signed in on another device; this one was signed out.' });
    expect(app.all('delegate-badge')).toHaveLength(0);
    expect(app.get('signin-ended').dataset.kind).toBe('moved');
    expect(app.get('signin-ended').textContent).toBe('Bạn đã đăng nhập trên một thiết bị khác, nên máy này đã được đăng xuất.');
    expect(app.all('badge-code-input')).toHaveLength(1);
    expect(app.storage.getItem('roundtable.sessions')).toBe('{}');
  });

  it('goes back to the pairing screen, with the reason, when the secretariat unpairs it', async () => {
    app = await open();
    app.socket.answers.set('meeting.open', () => refuse('not_paired'));
    await push(app.socket, 'session.ended', { reason: 'The secretariat unpaired this device; pair it again to continue.' });
    expect(app.get('pairing-form')).toBeTruthy();
    expect(app.get('pair-reason').textContent).toContain('Ban thư ký đã hủy ghép nối máy này.');
    expect(app.storage.getItem('roundtable.deviceToken')).toBeNull();
  });

  it('signs the delegate out from the header, back to the badge sign-in', async () => {
    app = await open();
    app.socket.answers.set('session.signOut', () => ok({}));
    await click(app.get('signout'));
    expect(app.socket.sentNames()).toContain('session.signOut');
    expect(app.all('delegate-badge')).toHaveLength(0);
    expect(app.all('badge-signin')).toHaveLength(1);
    expect(app.all('signin-ended')).toHaveLength(0);
  });

  it('says plainly when there is no camera to scan with', async () => {
    app = await renderApp('/tablet/demo', (socket) => socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot })), {
      stored: { 'roundtable.deviceToken': 'device-token' },
    });
    // happy-dom has no camera: the scan side says so, and typing the code still works.
    expect(app.all('badge-scan')).toHaveLength(0);
    expect(app.get('camera-problem').dataset.problem).toMatch(/^(unsupported|insecure)$/);
    expect(app.get('camera-problem').textContent).toMatch(/Hãy nhập mã bằng tay\.$/);
    expect(app.all('badge-code-input')).toHaveLength(1);
  });
});

describe('/pair', () => {
  let app: Rendered;
  afterEach(() => app.unmount());

  it('pairs with the code of the room QR, then opens the meeting’s tablet screen', async () => {
    app = await renderApp('/pair?code=042517&meeting=demo', (socket) => {
      socket.answers.set('device.pair', () => ok({ deviceId: 'x', deviceToken: 'qr-token' }));
      socket.answers.set('meeting.open', () => ok({ mode: 'snapshot', snapshot: demoSnapshot(1) }));
    });
    expect(app.socket.sent.find((s) => s.name === 'device.pair')?.input).toEqual({ code: '042517' });
    expect(app.storage.getItem('roundtable.deviceToken')).toBe('qr-token');
    expect(app.get('badge-signin')).toBeTruthy();
    expect(app.get('meeting-title').textContent).toBe('Phiên họp thường kỳ');
  });

  it('is offered from home on a device that may not read, and comes back home once paired', async () => {
    app = await renderApp('/', (socket) => {
      socket.answers.set('meeting.list', () => refuse('not_paired'));
      socket.answers.set('device.pair', () => {
        socket.answers.set('meeting.list', () => ok({ meetings: [{ id: 'demo', title: 'Phiên họp thường kỳ', date: '2026-11-23', place: '', status: 'published' }] }));
        return ok({ deviceId: 'x', deviceToken: 'typed-token' });
      });
    });
    expect(app.get('home-not-paired').textContent).toContain('Máy này chưa được ghép nối với phòng họp');
    await click(app.get('open-pair'));
    await fill(app.get('pair-code-input'), '042517');
    await click(app.get('pair-submit'));
    expect(app.get('meeting-card').dataset.meetingId).toBe('demo');
  });

  it('keeps the form, with the code and why, when the code of the QR is refused', async () => {
    app = await renderApp('/pair?code=111111&meeting=demo', (socket) => socket.answers.set('device.pair', () => refuse('bad_passcode')));
    expect(app.get('pair-error').dataset.code).toBe('bad_passcode');
    expect((app.get('pair-code-input') as HTMLInputElement).value).toBe('111111');
  });
});
