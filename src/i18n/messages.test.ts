// src/i18n/messages.test.ts — both languages say something of their own for every error code the API can give

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorCatalogue } from '../domain/shared/errors.js';
import { en } from './en.js';
import { sv } from './sv.js';

test('every CCQ_ERR_* code has a Swedish and an English message', () => {
  const codes = Object.keys(errorCatalogue);
  const missing = (m: Record<string, string>) => codes.filter((c) => !m[c]);
  assert.deepEqual(missing(sv.errors), []);
  assert.deepEqual(missing(en.errors), []);
});

test('the Swedish messages are Swedish, not copies of the English ones', () => {
  const same = Object.keys(errorCatalogue).filter(
    (c) => (sv.errors as Record<string, string>)[c] === (en.errors as Record<string, string>)[c],
  );
  assert.deepEqual(same, []);
});
