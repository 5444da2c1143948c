import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type AuditEntry, type AuditRecord, type ChainProblem, GENESIS_HASH, canonicalJson, chainEntry, encodeEntry, verifyChain } from './audit-chain.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const action = (i: number): AuditEntry => ({
  meetingId: 'hnbtv-11',
  actor: i % 2 ? 'chair:c1' : 'checkin:desk-a',
  command: i % 2 ? 'agenda.setCurrent' : 'checkin.scan',
  revision: i + 10,
  at: `2026-03-02T08:${String(i).padStart(2, '0')}:00.000Z`,
  body: { itemId: `item-${i}`, note: 'Tán thành', n: i },
});

/** A log of n intact entries. */
function chain(n: number): AuditRecord[] {
  const out: AuditRecord[] = [];
  for (let i = 1; i <= n; i++) out.push(chainEntry(action(i), out.at(-1) ?? null, sha256));
  return out;
}

const log = chain(5);
const at = (seq: number) => log[seq - 1]!;
const without = (seq: number) => log.filter((r) => r.seq !== seq);
const replaced = (seq: number, change: Partial<AuditRecord>) => log.map((r) => (r.seq === seq ? { ...r, ...change } : r));
/** Entry `seq` changed and its hash made again, as someone who knows the format would. */
const rehashed = (seq: number, change: Partial<AuditEntry>) =>
  log.map((r) => (r.seq === seq ? chainEntry({ ...action(seq), ...change }, seq === 1 ? null : at(seq - 1), sha256) : r));

describe('canonical JSON', () => {
  it.each<[string, unknown, string]>([
    ['keys sorted at every depth', { b: 1, a: { d: [3, { z: 0, y: 1 }], c: null } }, '{"a":{"c":null,"d":[3,{"y":1,"z":0}]},"b":1}'],
    ['undefined properties left out', { a: undefined, b: 'x' }, '{"b":"x"}'],
    ['Vietnamese text as is', { t: 'Biểu quyết' }, '{"t":"Biểu quyết"}'],
    ['-0 as 0', [-0, 1.5e300, 0.1], '[0,1.5e+300,0.1]'],
    ['a lone surrogate escaped', '\ud800', '"\\ud800"'],
    ['an object without prototype', Object.assign(Object.create(null) as object, { k: true }), '{"k":true}'],
  ])('%s', (_, value, text) => {
    expect(canonicalJson(value)).toBe(text);
    expect(canonicalJson(JSON.parse(text))).toBe(text);
  });

  it.each<[string, unknown]>([
    ['NaN', { n: NaN }],
    ['Infinity', [Infinity]],
    ['a bigint', { n: 1n }],
    ['a function', { f: () => 1 }],
    ['undefined in an array', [undefined]],
    ['undefined at the top', undefined],
    ['a Date', { when: new Date(0) }],
    ['a Map', new Map()],
  ])('refuses %s', (_, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it('refuses a cycle, and accepts the same object twice side by side', () => {
    const shared = { x: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"x":1},{"x":1}]');
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => canonicalJson(loop)).toThrow(/refers back to itself/);
  });
});

describe('chaining an entry', () => {
  it('starts from the genesis hash, numbers from 1 and links each entry to the one before', () => {
    expect(log.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(at(1).prevHash).toBe(GENESIS_HASH);
    for (let s = 2; s <= 5; s++) expect(at(s).prevHash).toBe(at(s - 1).hash);
    expect(at(1).body).toBe('{"itemId":"item-1","n":1,"note":"Tán thành"}');
    expect(at(1).hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes the same entry the same whatever the order of its keys', () => {
    const a = chainEntry({ ...action(1), body: { x: 1, y: [1, 2] } }, null, sha256);
    const b = chainEntry({ ...action(1), body: { y: [1, 2], x: 1 } }, null, sha256);
    expect(b).toEqual(a);
  });

  it('covers every field and the previous hash', () => {
    const base = { ...action(1), seq: 1 };
    const text = encodeEntry(GENESIS_HASH, base);
    expect(JSON.parse(text)).toEqual({ ...base, prevHash: GENESIS_HASH });
    const variants = [
      encodeEntry('1'.repeat(64), base),
      encodeEntry(GENESIS_HASH, { ...base, seq: 2 }),
      encodeEntry(GENESIS_HASH, { ...base, meetingId: null }),
      encodeEntry(GENESIS_HASH, { ...base, actor: 'x' }),
      encodeEntry(GENESIS_HASH, { ...base, command: 'x' }),
      encodeEntry(GENESIS_HASH, { ...base, revision: null }),
      encodeEntry(GENESIS_HASH, { ...base, at: 'x' }),
      encodeEntry(GENESIS_HASH, { ...base, body: {} }),
    ];
    expect(new Set([text, ...variants]).size).toBe(variants.length + 1);
  });

  it('refuses a body that is not plain JSON', () => {
    expect(() => chainEntry({ ...action(1), body: { at: new Date() } }, null, sha256)).toThrow(TypeError);
  });
});

describe('verifying a chain', () => {
  it.each<[string, AuditRecord[], number, string]>([
    ['an empty log', [], 0, GENESIS_HASH],
    ['one entry', chain(1), 1, chain(1)[0]!.hash],
    ['five entries', log, 5, at(5).hash],
  ])('accepts %s and gives its head', (_, records, count, head) => {
    expect(verifyChain(records, sha256)).toEqual({ ok: true, count, headSeq: count, headHash: head });
  });

  it.each<[string, AuditRecord[], number | null, ChainProblem, RegExp, { lastSeq?: number; knownHash?: string }?]>([
    ['a body changed', replaced(3, { body: '{"itemId":"item-3","n":3,"note":"Không tán thành"}' }), 3, 'altered', /does not match its hash/],
    ['a body no longer JSON', replaced(3, { body: '{"itemId":' }), 3, 'altered', /not JSON/],
    ['a body with the same value in other text', replaced(2, { body: '{"n":2,"itemId":"item-2","note":"Tán thành"}' }), 2, 'altered', /does not match its hash/],
    ['the actor changed', replaced(1, { actor: 'chair:c2' }), 1, 'altered', /does not match/],
    ['the time changed', replaced(5, { at: '2026-03-02T09:00:00.000Z' }), 5, 'altered', /does not match/],
    ['the revision changed', replaced(4, { revision: null }), 4, 'altered', /does not match/],
    ['the stored hash changed', replaced(4, { hash: 'a'.repeat(64) }), 4, 'altered', /does not match/],
    ['the first entry removed', without(1), 1, 'removed', /^entry 1 is missing$/],
    ['a middle entry removed', without(3), 3, 'removed', /^entry 3 is missing$/],
    ['two entries removed', log.filter((r) => r.seq !== 2 && r.seq !== 3), 2, 'removed', /^entries 2 to 3 are missing$/],
    ['the last entry removed (the counter remembers it)', without(5), 5, 'removed', /entry 5 is missing from the end/, { lastSeq: 5 }],
    ['the last three removed', log.slice(0, 2), 3, 'removed', /entries 3 to 5 are missing from the end/, { lastSeq: 5 }],
    ['an entry repeated', [at(1), at(2), at(2), at(3)], 2, 'inserted', /repeats or goes back/],
    ['entries out of order', [at(1), at(3), at(2)], 2, 'removed', /entry 2 is missing/],
    ['a forged entry at the end', [...log, { ...at(5), seq: 6, prevHash: 'f'.repeat(64), hash: 'e'.repeat(64) }], 6, 'inserted', /neither follows entry 5/],
    [
      'a well-formed entry at the end that does not follow',
      [...log, chainEntry(action(6), { seq: 5, hash: 'b'.repeat(64) }, sha256)],
      6,
      'inserted',
      /prevHash is not the hash of entry 5/,
    ],
    ['a first entry that does not start the log', [chainEntry(action(1), { seq: 0, hash: 'c'.repeat(64) }, sha256)], 1, 'inserted', /start of the log/],
    ['the prevHash changed', replaced(3, { prevHash: at(1).hash }), 3, 'inserted', /neither follows entry 2 nor matches/],
    ['an entry altered and its hash made again', rehashed(2, { actor: 'chair:someone-else' }), 3, 'inserted', /or entry 2 was altered and its hash made again/],
    ['every hash made again after an entry', rewrite(), null, 'rewritten', /no entry has the hash/, { knownHash: at(4).hash }],
  ])('names %s', (_, records, seq, problem, detail, options) => {
    const verdict = verifyChain(records, sha256, options);
    expect(verdict).toMatchObject({ ok: false, seq, problem });
    if (!verdict.ok) expect(verdict.detail).toMatch(detail);
  });

  it('counts the entries found intact before the bad one', () => {
    expect(verifyChain(without(4), sha256)).toMatchObject({ ok: false, seq: 4, intact: 3 });
  });

  it('finds the head hash earlier minutes carry', () => {
    expect(verifyChain(log, sha256, { knownHash: at(3).hash })).toMatchObject({ ok: true, knownHashSeq: 3, headSeq: 5 });
    expect(verifyChain(log, sha256, { knownHash: GENESIS_HASH })).toMatchObject({ ok: true, headSeq: 5 });
    expect(verifyChain(log, sha256, { lastSeq: 5 })).toMatchObject({ ok: true, headSeq: 5 });
  });
});

/** Entry 2 altered and every entry after it chained again: intact as a chain, but entry 4's old hash is gone. */
function rewrite(): AuditRecord[] {
  const out = [at(1)];
  for (let i = 2; i <= 5; i++) out.push(chainEntry(i === 2 ? { ...action(2), actor: 'chair:someone-else' } : action(i), out.at(-1)!, sha256));
  return out;
}
