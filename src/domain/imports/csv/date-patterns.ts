// src/domain/imports/csv/date-patterns.ts — date and time patterns (`YYMMDD`, `DD.MM.YYYY`, `H:MM:SS`) compiled to readers

import { daysInMonth } from '../../shared/time-zone.js';

const c0 = 48;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Wall-clock parts a pattern fills in; a reader overwrites only the parts its pattern names. */
export type Parts = { y: number; mo: number; d: number; h: number; mi: number; s: number; ms: number };
export const emptyParts = (): Parts => ({ y: 0, mo: 1, d: 1, h: 0, mi: 0, s: 0, ms: 0 });

type Slot = 'y4' | 'y2' | 'mo' | 'd' | 'h' | 'mi' | 's' | 'ms';
type Step = { slot: Slot | null; min: number; max: number; literal: number };

const dateTokens: [string, Slot, number, number][] = [
  ['YYYY', 'y4', 4, 4],
  ['SSS', 'ms', 3, 3],
  ['YY', 'y2', 2, 2],
  ['MM', 'mo', 2, 2],
  ['DD', 'd', 2, 2],
  ['HH', 'h', 2, 2],
  ['mm', 'mi', 2, 2],
  ['ss', 's', 2, 2],
  ['M', 'mo', 1, 2],
  ['D', 'd', 1, 2],
  ['H', 'h', 1, 2],
];
// In a pattern without a date, MM and SS read as minutes and seconds, so `H:MM:SS` means a time of day.
const timeTokens: [string, Slot, number, number][] = [
  ['SSS', 'ms', 3, 3],
  ['HH', 'h', 2, 2],
  ['MM', 'mi', 2, 2],
  ['mm', 'mi', 2, 2],
  ['SS', 's', 2, 2],
  ['ss', 's', 2, 2],
  ['H', 'h', 1, 2],
];

export type CompiledPattern = {
  read: (text: string, start: number, end: number, into: Parts) => boolean;
  hasDate: boolean;
  hasTime: boolean;
  slots: Set<Slot>;
};

/** Compiles a pattern such as `YYMMDD`, `DD.MM.YYYY` or `YYYY-MM-DD HH:mm:ss`; a string is the reason it cannot. */
export const compilePattern = (pattern: string): CompiledPattern | string => {
  const timeOnly = !/[YD]/.test(pattern);
  const tokens = timeOnly ? timeTokens : dateTokens;
  const steps: Step[] = [];
  const slots = new Set<Slot>();
  for (let i = 0; i < pattern.length; ) {
    const token = tokens.find(([t]) => pattern.startsWith(t, i));
    if (token === undefined) {
      if (/[A-Za-z]/.test(pattern.charAt(i))) return `unknown token "${pattern.charAt(i)}" at position ${i + 1}`;
      steps.push({ slot: null, min: 0, max: 0, literal: pattern.charCodeAt(i) });
      i++;
      continue;
    }
    const [text, slot, min, max] = token;
    if (slots.has(slot) || (slot.startsWith('y') && (slots.has('y2') || slots.has('y4')))) return `"${text}" appears twice`;
    slots.add(slot);
    steps.push({ slot, min, max, literal: -1 });
    i += text.length;
  }
  const hasYear = slots.has('y4') || slots.has('y2');
  const hasDate = hasYear || slots.has('mo') || slots.has('d');
  if (hasDate && !(hasYear && slots.has('mo') && slots.has('d'))) return 'a date needs a year, a month and a day';
  const hasTime = slots.has('h');
  if (!hasTime && (slots.has('mi') || slots.has('s'))) return 'a time needs an hour';
  if (!hasDate && !hasTime) return 'the pattern reads neither a date nor a time';
  const read = (text: string, start: number, end: number, into: Parts): boolean => {
    let i = start;
    const n = end;
    for (const step of steps) {
      if (step.slot === null) {
        if (text.charCodeAt(i) !== step.literal) return false;
        i++;
        continue;
      }
      let value = 0;
      let width = 0;
      while (width < step.max && i < n && isDigit(text.charCodeAt(i))) {
        value = value * 10 + (text.charCodeAt(i) - c0);
        i++;
        width++;
      }
      if (width < step.min) return false;
      if (step.slot === 'y4') into.y = value;
      // Two-digit years: 70–99 are the 1900s (the Anonymous Bank data is from 1999), 00–69 the 2000s.
      else if (step.slot === 'y2') into.y = value >= 70 ? 1900 + value : 2000 + value;
      else if (step.slot === 'mo') into.mo = value;
      else if (step.slot === 'd') into.d = value;
      else if (step.slot === 'h') into.h = value;
      else if (step.slot === 'mi') into.mi = value;
      else if (step.slot === 's') into.s = value;
      else into.ms = value;
    }
    return i === n;
  };
  return { read, hasDate, hasTime, slots };
};

/** Whether the parts name a real calendar date. */
export const dateIsValid = (p: Parts): boolean => p.mo >= 1 && p.mo <= 12 && p.d >= 1 && p.d <= daysInMonth(p.y, p.mo);
/** Whether the parts name a clock time (00:00:00–23:59:59). */
export const timeIsValid = (p: Parts): boolean => p.h <= 23 && p.mi <= 59 && p.s <= 59;
/** Whether the parts name a real calendar date and clock time. */
export const partsAreValid = (p: Parts): boolean => dateIsValid(p) && timeIsValid(p);
