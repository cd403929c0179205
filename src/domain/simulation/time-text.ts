// src/domain/simulation/time-text.ts — epoch seconds as UTC text (ISO 8601 and the queue_log table's datetime), written straight into bytes

import type { ByteWriter } from './byte-writer.js';

const daySeconds = 86_400;

/**
 * Writes whole epoch seconds in UTC into a byte writer. The date part is cached per day (the input
 * is mostly in time order), so each time costs a few digit writes.
 */
export const createTimeWriter = (w: ByteWriter) => {
  let cachedDay = Number.NaN;
  let cachedDate = '';
  const dateAndClock = (seconds: number, between: string): void => {
    const day = Math.floor(seconds / daySeconds);
    if (day !== cachedDay) {
      cachedDay = day;
      cachedDate = new Date(day * daySeconds * 1000).toISOString().slice(0, 10);
    }
    const s = seconds - day * daySeconds;
    const h = Math.floor(s / 3600);
    const m = Math.floor((s - h * 3600) / 60);
    w.ascii(cachedDate);
    w.ascii(between);
    w.two(h);
    w.byte(58);
    w.two(m);
    w.byte(58);
    w.two(s - h * 3600 - m * 60);
  };
  return {
    /** `2026-03-02T08:15:03Z` */
    iso: (seconds: number): void => {
      dateAndClock(seconds, 'T');
      w.byte(90);
    },
    /** `2026-03-02 08:15:03.000000`, the realtime queue_log table's `time` (written in UTC). */
    table: (seconds: number): void => {
      dateAndClock(seconds, ' ');
      w.ascii('.000000');
    },
  };
};
