// src/domain/simulation/byte-writer.test.ts — numbers and text written as ASCII bytes read back exactly

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asciiText, createByteWriter } from './byte-writer.js';

test('whole numbers of every length, two-digit fields and text, growing past the first buffer', () => {
  const numbers = [0, 7, 9, 10, 99, 100, 101, 999, 1000, 65535, 1772434927, 2147483647, 2147483648, 4102444800, 2 ** 53 - 1];
  const w = createByteWriter(4);
  for (const n of numbers) {
    w.reserve(64);
    w.uint(n);
    w.byte(32);
  }
  w.reserve(8);
  w.two(0);
  w.two(7);
  w.two(59);
  w.ascii('|Agent/1001|');
  assert.equal(asciiText(w.bytes()), `${numbers.join(' ')} 000759|Agent/1001|`);
});
