// src/adapters/cli/progress.ts — the import progress bar on stderr: bytes, rows per second, time left

import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import type { ImportProgress } from '../../app/import-contacts.js';

const mb = (bytes: number): string => (bytes / 1_048_576).toFixed(1);

/** A bar that redraws at most 10 times a second; `stop` leaves the last state on screen. */
export const importProgressBar = (stream: Writable, label: string) => {
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: `${label} {bar} {percentage}% | {done}/{total} MB | {rate} rows/s | ETA {eta_formatted}`,
      hideCursor: true,
      fps: 10,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (p: ImportProgress): void => {
      const payload = {
        done: mb(p.bytesRead),
        total: mb(p.totalBytes),
        rate: Math.round(p.rowsRead / Math.max(p.elapsedMs / 1000, 0.001)).toLocaleString('en'),
      };
      if (!started) {
        bar.start(Math.max(p.totalBytes, 1), p.bytesRead, payload);
        started = true;
      } else bar.update(p.bytesRead, payload);
    },
    stop: (): void => {
      if (started) bar.stop();
    },
  };
};
