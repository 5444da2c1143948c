import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deskMayPrint } from '../badges/desk-print.ts';
import { PairingWatch, pairingCode } from '../pairing.ts';
import { ADMIN_CREDENTIAL, resetPasscode } from '../passcode.ts';
import { openStore, type Store } from '../store/store.ts';
import { FAILURES_KEPT, FailureLog, type FailureInput } from './failure-log.ts';
import { identifyStaffSecret, newStaffSecret } from './staff-secrets.ts';

let store: Store;
beforeEach(() => {
  store = openStore(':memory:');
});
afterEach(() => store.close());

const logger = pino({ level: 'silent' });

describe('staff secrets', () => {
  it('tell which credential a typed secret is: the admin passcode is the secretariat, an issued one its own role', async () => {
    const admin = resetPasscode(store);
    const { secret, secretHash } = await newStaffSecret(store);
    store.insertStaffCredential({ id: 'c1', role: 'checkin', label: 'Cổng A', secretHash, createdAt: '2026-11-23T07:00:00.000Z', revokedAt: null });
    expect(await identifyStaffSecret(store, admin)).toEqual({ credentialId: ADMIN_CREDENTIAL, role: 'secretariat' });
    expect(await identifyStaffSecret(store, secret.replaceAll('-', ' '))).toEqual({ credentialId: 'c1', role: 'checkin' });
    expect(await identifyStaffSecret(store, '0000-0000-0000')).toBeNull();
    expect(await identifyStaffSecret(store, 'not a passcode')).toBeNull();
    store.revokeStaffCredential('c1', '2026-11-23T09:00:00.000Z');
    expect(await identifyStaffSecret(store, secret)).toBeNull();
  });

  it('keep only a hash of an issued secret', async () => {
    const { secret, secretHash } = await newStaffSecret(store);
    expect(secret).toMatch(/^\d{4}-\d{4}-\d{4}$/);
    expect(secretHash).not.toContain(secret.replaceAll('-', '').slice(0, 6));
    expect(secretHash).toMatch(/^scrypt:/);
  });
});

describe('the failure log', () => {
  const at = (s: number) => new Date(Date.UTC(2026, 10, 23, 8, 0, s));
  const wrong: FailureInput = { kind: 'passcode', outcome: 'wrong', address: '10.0.0.7', deviceId: null, meetingId: null };

  it.each<[string, [number, Partial<typeof wrong>][], number[]]>([
    ['merges attempts from one address within a minute', [[0, {}], [30, {}], [59, {}]], [3]],
    ['starts a new row after a quiet minute', [[0, {}], [61, {}]], [1, 1]],
    ['keeps addresses apart', [[0, {}], [1, { address: '10.0.0.8' }]], [1, 1]],
    ['keeps kinds and outcomes apart', [[0, {}], [1, { kind: 'pairing' }], [2, { outcome: 'throttled' }]], [1, 1, 1]],
  ])('%s', (_name, attempts, counts) => {
    let now = at(0);
    const log = new FailureLog(store, logger, () => now);
    for (const [s, change] of attempts) {
      now = at(s);
      log.record({ ...wrong, ...change });
    }
    expect(log.recent(10).map((r) => r.count).sort()).toEqual(counts.sort());
    log.close();
  });

  it('is kept on disk (in one write a second) and read back at start, bounded to the newest rows', () => {
    let now = at(0);
    const log = new FailureLog(store, logger, () => now);
    for (let i = 0; i < FAILURES_KEPT + 20; i++) {
      now = new Date(at(0).getTime() + i * 120_000);
      log.record({ ...wrong, address: `10.0.${i >> 8}.${i & 255}` });
    }
    expect(log.recent(1000)).toHaveLength(FAILURES_KEPT);
    log.flush();
    const again = new FailureLog(store, logger);
    const rows = again.recent(1000);
    expect(rows).toHaveLength(FAILURES_KEPT);
    expect(rows[0]!.address).toBe(`10.0.${(FAILURES_KEPT + 19) >> 8}.${(FAILURES_KEPT + 19) & 255}`);
    expect(store.recentAuthFailures(10_000)).toHaveLength(FAILURES_KEPT);
  });

  it('never throws when the disk refuses: the hub goes on', () => {
    const log = new FailureLog(store, logger);
    log.record(wrong);
    store.close();
    expect(() => log.flush()).not.toThrow();
    store = openStore(':memory:');
  });
});

describe('the pairing code under guessing', () => {
  it('is replaced after ten wrong codes in total, and the screens showing it are told', () => {
    const shown: string[] = [];
    pairingCode(store);
    const watch = new PairingWatch(store, 10, (code) => shown.push(code));
    for (let n = 0; n < 9; n++) expect(watch.missed()).toBeNull();
    const next = watch.missed();
    expect(next).not.toBeNull();
    expect(pairingCode(store)).toBe(next);
    expect(shown).toEqual([next]);
    // Replaced by hand: the count starts again.
    for (let n = 0; n < 5; n++) watch.missed();
    watch.rotated('123456');
    for (let n = 0; n < 9; n++) expect(watch.missed()).toBeNull();
  });
});

describe('badges printed at a check-in desk', () => {
  it('only in the ten minutes after they were issued', () => {
    store.insertMeeting({ id: 'm', title: 'Họp', date: '2026-11-23', place: '', status: 'draft', currentItemId: null, currentSince: null, quorumRule: { kind: 'majority' } }, '2026-11-01T00:00:00.000Z');
    const issuedAt = '2026-11-23T08:00:00.000Z';
    store.insertBadge({ meetingId: 'm', delegateId: 'd', serial: 1, expiresDay: 30_000, issuedAt, macHash: 'a', codeHash: 'b' });
    expect(deskMayPrint(store, 'm', 'd', new Date('2026-11-23T08:09:59.000Z'))).toBe(true);
    expect(deskMayPrint(store, 'm', 'd', new Date('2026-11-23T08:10:01.000Z'))).toBe(false);
    expect(deskMayPrint(store, 'm', 'nobody', new Date(issuedAt))).toBe(false);
  });
});
