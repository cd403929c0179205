// src/domain/imports/csv/mapping-profile.test.ts — the zod schema of a mapping profile: the domain type exactly, every wrong key named

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { z } from 'zod';
import { ZMappingProfile, parseMappingProfileObject } from '../../../contracts/mapping-profile.js';
import type { MappingProfile } from './mapping-profile.js';

// The schema's output is exactly the domain type, in both directions (checked by tsc).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameType: Same<z.output<typeof ZMappingProfile>, MappingProfile> = true;

describe('ZMappingProfile', () => {
  const issuesOf = (input: unknown) => {
    const parsed = ZMappingProfile.safeParse(input);
    assert.equal(parsed.success, false);
    return parsed.error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) ?? [];
  };
  const minimal = { name: 'x', fields: { queue: 'q', enteredAt: 'e' } };

  test('the parsed type is the domain type', () => {
    assert.equal(sameType, true);
  });

  test('a misspelt key is an error that names it, at any depth', () => {
    assert.deepEqual(issuesOf({ ...minimal, delimeter: ';' }), [{ path: '', message: 'Unrecognized key: "delimeter"' }]);
    assert.deepEqual(issuesOf({ ...minimal, fields: { ...minimal.fields, agent: { colum: 'a' } } }), [
      { path: 'fields.agent', message: 'Unrecognized key: "colum"' },
      { path: 'fields.agent', message: 'say where the value comes from: column, constant, or date + time' },
    ]);
    assert.deepEqual(issuesOf({ ...minimal, fields: { ...minimal.fields, enteredat: 'e' } }), [
      { path: 'fields', message: 'Unrecognized key: "enteredat"' },
    ]);
  });

  test('wrong values are errors at their path', () => {
    const issues = issuesOf({
      ...minimal,
      delimiter: ':',
      timeZone: 'Europe/Stockholmm',
      fields: { ...minimal.fields, waitSeconds: { column: 'w', format: 'hours' }, channel: { column: 'c', map: { T: 'phone' } } },
      outcomes: { map: { AGENT: 'answerd' } },
    });
    assert.deepEqual(
      issues.map((i) => i.path),
      ['delimiter', 'outcomes.map.AGENT'],
    );
    const semantic = issuesOf({
      ...minimal,
      timeZone: 'Europe/Stockholmm',
      fields: { queue: 'q', waitSeconds: { column: 'w', format: 'hours' }, channel: { column: 'c', map: { T: 'phone' } } },
    });
    assert.deepEqual(semantic, [
      {
        path: 'fields.channel.map.T',
        message: '"phone" is not a channel (voice, chat, email, messaging, callback, outbound, social, video)',
      },
      {
        path: 'fields.waitSeconds.format',
        message: 'format "hours" is not a duration format (seconds, milliseconds, minutes, H:MM:SS, HH:MM:SS, MM:SS, M:SS)',
      },
      { path: 'fields.enteredAt', message: 'required: when the contact entered the queue' },
      { path: 'timeZone', message: '"Europe/Stockholmm" is not a known IANA time zone (e.g. Europe/Stockholm)' },
    ]);
  });

  test('parseMappingProfileObject names each unknown key at its own path', () => {
    assert.throws(
      () =>
        parseMappingProfileObject(
          { ...minimal, delimeter: ';', fields: { ...minimal.fields, agent: { column: 'a', fromat: 'x' } } },
          'bank.yaml',
        ),
      (e: unknown) => {
        const err = e as { code: string; message: string; issues: { path: string; message: string }[] };
        assert.deepEqual([err.code, err.message], ['CCQ_ERR_VALIDATION', 'bank.yaml is not valid']);
        assert.deepEqual(err.issues, [
          { path: 'fields.agent.fromat', message: 'unknown key "fromat"' },
          { path: 'delimeter', message: 'unknown key "delimeter"' },
        ]);
        return true;
      },
    );
    assert.equal(parseMappingProfileObject(minimal).name, 'x');
  });

  test('shorthands and YAML scalars: a bare column name, numbers and booleans as text', () => {
    const parsed = ZMappingProfile.parse({
      name: 'x',
      header: false,
      empty: [0],
      fields: { queue: 1, enteredAt: { column: 2, format: 'epoch' }, transferred: { column: 3, map: { yes: true, '*': 0 } } },
    });
    assert.deepEqual(parsed.fields, {
      queue: { column: 1 },
      enteredAt: { column: 2, format: 'epoch' },
      transferred: { column: 3, map: { yes: 'true', '*': '0' } },
    });
    assert.deepEqual(parsed.empty, ['0']);
  });
});
