// src/domain/forecast/forecast-error.ts — the one expected failure of forecasting: a history too short for the asked method or evaluation

/** Why a forecast could not be made; the app layer maps the code to its own error catalogue. */
export type ForecastErrorCode = 'too_little_history';

/**
 * Thrown when a history is shorter than a method (or a backtest of it) needs. `needed` and `available`
 * are lengths in intervals, so a caller can say "N more days of data are needed".
 */
export class ForecastError extends Error {
  readonly code: ForecastErrorCode;
  readonly needed: number;
  readonly available: number;

  constructor(code: ForecastErrorCode, needed: number, available: number, message?: string) {
    super(message ?? `Too little history: ${needed} intervals needed, ${available} available`);
    this.name = 'ForecastError';
    this.code = code;
    this.needed = needed;
    this.available = available;
  }
}

export const isForecastError = (e: unknown): e is ForecastError => e instanceof ForecastError;
