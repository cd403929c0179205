// src/domain/imports/csv/delimiter-detection.ts — which of , ; tab | separates the columns of a CSV sample

const candidates = [',', ';', '\t', '|'] as const;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Counts of each candidate outside quotes, per non-blank line of the sample (at most 20 lines). */
const countPerLine = (sample: string): number[][] => {
  const lines: number[][] = [];
  let counts = [0, 0, 0, 0];
  let inQuotes = false;
  let lineHasText = false;
  for (let i = 0; i < sample.length && lines.length < 20; i++) {
    const c = sample.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (c === LF) {
      if (lineHasText) lines.push(counts);
      counts = [0, 0, 0, 0];
      lineHasText = false;
      continue;
    } else {
      const k = c === 44 ? 0 : c === 59 ? 1 : c === 9 ? 2 : c === 124 ? 3 : -1;
      if (k >= 0) counts[k] = (counts[k] as number) + 1;
    }
    if (c !== CR) lineHasText = true;
  }
  // A sample of one unfinished line still tells the header's delimiter.
  if (lines.length === 0 && lineHasText) lines.push(counts);
  return lines;
};

/**
 * Picks the delimiter of a CSV sample: among `,` `;` tab `|`, the one found (outside quotes) the same
 * number of times on each of the first lines, most often on the header; failing that, the one most
 * frequent on the header; failing that, a comma (a one-column file).
 */
export const detectDelimiter = (sample: string): string => {
  const lines = countPerLine(sample);
  const header = lines[0];
  if (header === undefined) return ',';
  const onHeader = (k: number): number => header[k] as number;
  let best = -1;
  for (let k = 0; k < candidates.length; k++) {
    if (onHeader(k) > 0 && lines.every((l) => l[k] === onHeader(k)) && (best < 0 || onHeader(k) > onHeader(best))) best = k;
  }
  if (best < 0) {
    for (let k = 0; k < candidates.length; k++) if (onHeader(k) > 0 && (best < 0 || onHeader(k) > onHeader(best))) best = k;
  }
  return candidates[best] ?? ',';
};
