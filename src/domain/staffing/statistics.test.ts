// src/domain/staffing/statistics.test.ts — Student's t and gamma quantiles against values computed independently (SciPy)

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gammaP, gammaQuantile, tQuantile975 } from './statistics.js';

const close = (actual: number, expected: number, tolerance: number): void =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} vs ${expected}`);

describe('staffing statistics', () => {
  it('gives the 97.5 % t quantile from the table and, above 30 df, the expansion', () => {
    close(tQuantile975(1), 12.706205, 1e-6);
    close(tQuantile975(9), 2.262157, 1e-6);
    close(tQuantile975(31), 2.039513446396408, 1e-6);
    close(tQuantile975(60), 2.0002978220142604, 1e-6);
    close(tQuantile975(1000), 1.9623390808264083, 1e-9);
    assert.ok(Number.isNaN(tQuantile975(0)));
  });

  it('gives gamma quantiles for small and large shapes', () => {
    close(gammaQuantile(0.025, 3), 0.6186721228956014, 1e-9);
    close(gammaQuantile(0.975, 4), 8.767273069742323, 1e-9);
    close(gammaQuantile(0.975, 1), 3.6888794541139354, 1e-9);
    close(gammaQuantile(0.5, 1000.5), 1000.1666864170863, 1e-7);
    close(gammaQuantile(0.025, 100_000), 99381.15266374472, 1e-5);
    // Shape 1 is the exponential: P(1, x) = 1 − e^−x.
    close(gammaP(1, 2), 1 - Math.exp(-2), 1e-14);
  });
});
