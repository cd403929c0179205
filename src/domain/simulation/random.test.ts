// src/domain/simulation/random.test.ts — the seeded generator is reproducible and its distributions have the right moments

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createRandom, deriveSeed, logGamma, lognormalParameters } from './random.js';

const draw = (n: number, f: () => number): number[] => Array.from({ length: n }, f);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]): number => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
};

describe('seeding', () => {
  test('the same seed and stream give the same sequence; another seed or stream another', () => {
    const a = draw(5, createRandom(42).next);
    assert.deepEqual(a, draw(5, createRandom(42).next));
    assert.notDeepEqual(a, draw(5, createRandom(43).next));
    assert.notDeepEqual(a, draw(5, createRandom(42, 1).next));
    assert.notEqual(deriveSeed(2 ** 40), deriveSeed(0));
    assert.notEqual(deriveSeed(-1), deriveSeed(1));
  });

  test('uniform draws stay in [0, 1) and spread evenly', () => {
    const xs = draw(100_000, createRandom(1).next);
    assert.ok(xs.every((x) => x >= 0 && x < 1));
    assert.ok(Math.abs(mean(xs) - 0.5) < 0.005);
    const deciles = new Array(10).fill(0);
    for (const x of xs) deciles[Math.floor(x * 10)] += 1;
    for (const d of deciles) assert.ok(Math.abs(d - 10_000) < 450, String(deciles));
  });

  test('int covers both ends', () => {
    const r = createRandom(3);
    const seen = new Set(draw(1000, () => r.int(1, 6)));
    assert.deepEqual([...seen].sort(), [1, 2, 3, 4, 5, 6]);
  });
});

describe('distributions', () => {
  const r = createRandom(7);
  const n = 200_000;

  test('exponential has its mean and standard deviation', () => {
    const xs = draw(n, () => r.exponential(120));
    assert.ok(Math.abs(mean(xs) - 120) < 1.5);
    assert.ok(Math.abs(sd(xs) - 120) < 2);
    assert.equal(r.exponential(Number.POSITIVE_INFINITY), Number.POSITIVE_INFINITY);
  });

  test('normal has its mean and standard deviation', () => {
    const xs = draw(n, () => r.normal(10, 3));
    assert.ok(Math.abs(mean(xs) - 10) < 0.03);
    assert.ok(Math.abs(sd(xs) - 3) < 0.03);
  });

  test('lognormal is parameterised by the mean and sd of the variable itself', () => {
    const { mu, sigma } = lognormalParameters(300, 200);
    assert.ok(Math.abs(Math.exp(mu + (sigma * sigma) / 2) - 300) < 1e-9);
    const xs = draw(n, () => r.lognormal(300, 200));
    assert.ok(xs.every((x) => x > 0));
    assert.ok(Math.abs(mean(xs) - 300) < 3);
    assert.ok(Math.abs(sd(xs) - 200) < 6);
  });

  test('poisson has mean = variance for small and large lambda', () => {
    for (const lambda of [0.7, 4, 25, 400]) {
      const xs = draw(n / 2, () => r.poisson(lambda));
      assert.ok(xs.every((x) => Number.isInteger(x) && x >= 0));
      assert.ok(Math.abs(mean(xs) - lambda) < 0.02 * lambda + 0.02, `mean ${lambda}`);
      assert.ok(Math.abs(sd(xs) ** 2 - lambda) < 0.05 * lambda + 0.05, `variance ${lambda}`);
    }
    assert.equal(r.poisson(0), 0);
  });

  test('logGamma', () => {
    assert.ok(Math.abs(logGamma(1)) < 1e-12);
    assert.ok(Math.abs(logGamma(5) - Math.log(24)) < 1e-12);
    assert.ok(Math.abs(logGamma(0.5) - Math.log(Math.sqrt(Math.PI))) < 1e-12);
    assert.ok(Math.abs(logGamma(101) - 363.73937555556347) < 1e-9);
  });
});
