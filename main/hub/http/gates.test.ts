import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/protocol/index.ts';
import type { Caller } from './caller.ts';
import { anyone, documentReader, secretariat, staff } from './gates.ts';

const as = (role: Role, session: string | null = role === 'guest' ? null : 'hash'): (() => Caller) => () => ({
  ok: true,
  role,
  delegateId: null,
  meetingId: null,
  session,
  deviceId: null,
});
const nobody = (): Caller => ({ ok: false, code: 'not_paired', message: 'pair first' });
const expired = (): Caller => ({ ok: false, code: 'session_expired', message: 'This session has expired; sign in again.' });

describe('gates: who may call a route', () => {
  it('lets anyone through without looking the caller up', () => {
    let asked = 0;
    expect(anyone(() => (asked++, nobody()))).toEqual({ ok: true, caller: null });
    expect(asked).toBe(0);
  });

  it('staff routes: nobody and guests are not signed in, another role is forbidden, a dead session says why', () => {
    const gate = staff(['secretariat', 'checkin'], 'Printing a badge');
    expect(gate(as('checkin'))).toMatchObject({ ok: true, caller: { role: 'checkin' } });
    expect(gate(nobody)).toEqual({ ok: false, refusal: { code: 'not_signed_in', message: 'Printing a badge needs a staff session.' } });
    expect(gate(as('guest'))).toEqual({ ok: false, refusal: { code: 'not_signed_in', message: 'Printing a badge is for secretariat or checkin.' } });
    expect(gate(as('chair'))).toEqual({ ok: false, refusal: { code: 'forbidden', message: 'Printing a badge is for secretariat or checkin.' } });
    expect(gate(expired)).toEqual({ ok: false, refusal: { code: 'session_expired', message: 'This session has expired; sign in again.' } });
  });

  it('secretariat routes word the same refusals for their task', () => {
    const gate = secretariat({ needs: 'Meeting packs need', act: 'import or export meeting packs' });
    const needs = 'Meeting packs need a secretariat session (Authorization: Bearer <token>).';
    expect(gate(as('secretariat'))).toMatchObject({ ok: true, caller: { role: 'secretariat', session: 'hash' } });
    expect(gate(nobody)).toEqual({ ok: false, refusal: { code: 'not_signed_in', message: needs } });
    expect(gate(as('guest'))).toEqual({ ok: false, refusal: { code: 'not_signed_in', message: needs } });
    expect(gate(as('delegate'))).toEqual({
      ok: false,
      refusal: { code: 'forbidden', message: 'The delegate role may not import or export meeting packs; the secretariat does.' },
    });
    expect(gate(expired)).toMatchObject({ ok: false, refusal: { code: 'session_expired' } });
  });

  it('documents: an unpaired request is judged as a guest, a dead session is refused', () => {
    expect(documentReader(nobody)).toEqual({ ok: true, caller: { role: 'guest', delegateId: null, meetingId: null, unpaired: true } });
    expect(documentReader(as('delegate'))).toMatchObject({ ok: true, caller: { role: 'delegate', unpaired: false } });
    expect(documentReader(expired)).toEqual({ ok: false, refusal: { code: 'session_expired', message: 'This session has expired; sign in again.' } });
  });
});
