// src/domain/shared/local-time.ts — reads and writes wall-clock times of a time zone as text (`2026-03-29`, `2026-03-29T08:15`)

import { epochToZoned, zonedToEpoch } from './time-zone.js';

const localPattern = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** A local date or date-time in `zone` → epoch ms; null when the text is not one (or names a day that does not exist). */
export const parseLocalDateTime = (zone: string, text: string): number | null => {
  const m = localPattern.exec(text.trim());
  if (m === null) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x))) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1) return null;
  return zonedToEpoch(zone, y, mo, d, h, mi, s);
};

const two = (n: number): string => String(n).padStart(2, '0');

/** Epoch ms → ISO 8601 with the zone's offset at that instant (`2026-03-29T03:00:00+02:00`). */
export const formatLocalIso = (zone: string, epochMs: number): string => {
  const z = epochToZoned(zone, epochMs);
  const off = z.offsetMinutes;
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${z.year}-${two(z.month)}-${two(z.day)}T${two(z.hour)}:${two(z.minute)}:${two(z.second)}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
};
