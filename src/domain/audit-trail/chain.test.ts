// src/domain/audit-trail/chain.test.ts — hash chain verification and canonical JSON

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { type AuditEvent, type ChainedEntry, canonicalJson, entryPayload, findFirstBreak, genesisHash } from './chain.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

const events: AuditEvent[] = [
  {
    actorUserId: null,
    actorLabel: 'cli:operator',
    organisationIds: ['org-1'],
    entity: 'organisation',
    entityId: 'org-1',
    action: 'create',
    before: null,
    after: { name: 'Nordbank AB', kind: 'client' },
  },
  {
    actorUserId: 'user-1',
    actorLabel: 'anna@nordbank.example',
    organisationIds: ['org-1'],
    entity: 'organisation',
    entityId: 'org-1',
    action: 'update',
    before: { name: 'Nordbank AB', kind: 'client' },
    after: { name: 'Nordbank Group', kind: 'client' },
  },
  {
    actorUserId: 'user-1',
    actorLabel: 'anna@nordbank.example',
    organisationIds: ['org-1', 'org-2'],
    entity: 'relationship',
    entityId: 'rel-1',
    action: 'create',
    before: null,
    after: { name: 'Kundservice' },
  },
];

/** Chains the events the way the audit log does: each entry hashes its payload, which includes the previous hash. */
const buildChain = (): ChainedEntry[] => {
  const chain: ChainedEntry[] = [];
  let prevHash = genesisHash;
  for (const [i, e] of events.entries()) {
    const unhashed = { ...e, seq: i + 1, id: `entry-${i + 1}`, at: `2026-11-28T10:0${i}:00.000Z`, prevHash };
    const hash = sha256(entryPayload(unhashed));
    chain.push({ ...unhashed, hash });
    prevHash = hash;
  }
  return chain;
};

describe('findFirstBreak', () => {
  test('an untouched chain has no break', () => {
    const chain = buildChain();
    assert.equal(chain.length, 3);
    assert.equal(chain[0]?.prevHash, genesisHash);
    assert.equal(chain[1]?.prevHash, chain[0]?.hash);
    assert.match(chain[2]?.hash ?? '', /^[0-9a-f]{64}$/);
    assert.equal(findFirstBreak(chain, sha256), null);
  });

  test('an altered `after` gives a hash mismatch at that entry', () => {
    const chain = buildChain();
    const second = chain[1] as ChainedEntry;
    chain[1] = { ...second, after: { name: 'Someone Else AB', kind: 'client' } };
    assert.deepEqual(findFirstBreak(chain, sha256), { seq: 2, id: 'entry-2', reason: 'hash_mismatch' });
  });

  test('a removed entry gives a sequence gap at the next one', () => {
    const chain = buildChain();
    chain.splice(1, 1);
    assert.deepEqual(findFirstBreak(chain, sha256), { seq: 3, id: 'entry-3', reason: 'sequence_gap' });
  });

  test('a changed prevHash gives a prev-hash mismatch, even when the entry was re-hashed to match', () => {
    const chain = buildChain();
    const third = chain[2] as ChainedEntry;
    const forged = { ...third, prevHash: 'f'.repeat(64) };
    chain[2] = { ...forged, hash: sha256(entryPayload(forged)) };
    assert.deepEqual(findFirstBreak(chain, sha256), { seq: 3, id: 'entry-3', reason: 'prev_hash_mismatch' });
  });

  test('the first entry must point at the genesis hash', () => {
    const chain = buildChain();
    const first = chain[0] as ChainedEntry;
    chain[0] = { ...first, prevHash: '1'.repeat(64) };
    assert.deepEqual(findFirstBreak(chain, sha256), { seq: 1, id: 'entry-1', reason: 'prev_hash_mismatch' });
  });

  test('verification can resume from a known entry', () => {
    const chain = buildChain();
    const first = chain[0] as ChainedEntry;
    assert.equal(findFirstBreak(chain.slice(1), sha256, { seq: first.seq, hash: first.hash }), null);
    // Resuming from the wrong point is itself a break.
    assert.deepEqual(findFirstBreak(chain.slice(1), sha256), { seq: 2, id: 'entry-2', reason: 'sequence_gap' });
  });
});

describe('canonicalJson', () => {
  test('does not depend on key order, also in nested objects', () => {
    const a = { b: 1, a: { y: [1, { q: 2, p: 3 }], x: 'x' } };
    const b = { a: { x: 'x', y: [1, { p: 3, q: 2 }] }, b: 1 };
    assert.equal(canonicalJson(a), canonicalJson(b));
    assert.equal(canonicalJson(a), '{"a":{"x":"x","y":[1,{"p":3,"q":2}]},"b":1}');
  });

  test('drops undefined properties, keeps null', () => {
    assert.equal(canonicalJson({ a: 1, b: undefined, c: null }), '{"a":1,"c":null}');
    assert.equal(canonicalJson({ a: 1, b: undefined }), canonicalJson({ a: 1 }));
    assert.equal(canonicalJson(undefined), 'null');
  });

  test('produces parseable JSON that round-trips the content', () => {
    const value = { name: 'Ström "AB"', n: 1.5, list: ['x', null, true] };
    assert.deepEqual(JSON.parse(canonicalJson(value)), value);
  });

  test('array order is significant', () => {
    assert.notEqual(canonicalJson([1, 2]), canonicalJson([2, 1]));
  });
});
