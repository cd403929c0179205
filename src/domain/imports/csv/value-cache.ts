// src/domain/imports/csv/value-cache.ts — closed-set values (channel, direction, yes/no, outcome codes) read in place through a small cache

import type { Channel, Direction } from '../../contacts/contact.js';
import { readBoolean, readChannel, readDirection, readOutcomeName } from './contact-draft.js';
import type { OutcomeRule } from './mapping-profile.js';

/** A profile's outcome codes: its map first, then the canonical names, then its default. */
export type OutcomeRules = { map: ReadonlyMap<string, OutcomeRule>; default: OutcomeRule | undefined };

/** Texts remembered per column; columns like these repeat a handful of values (answered, abandoned, …). */
const slots = 8;

/** Whether `src.slice(a, b)` is `text`, compared in place. */
const sameText = (text: string, src: string, a: number, b: number): boolean => {
  if (text.length !== b - a) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== src.charCodeAt(a + i)) return false;
  return true;
};

/**
 * The reading of `src.slice(a, b)`, remembered for the last few texts: the value is compared where
 * it sits in the row, so a repeated value costs no string. `read` must depend on the text only.
 */
export type CachedReader<T> = (src: string, a: number, b: number) => T;

const recentValues = <T>(read: (text: string) => T): CachedReader<T> => {
  const texts: string[] = [];
  const values: T[] = [];
  let next = 0;
  return (src, a, b) => {
    for (let k = 0; k < texts.length; k++) if (sameText(texts[k] as string, src, a, b)) return values[k] as T;
    const text = src.slice(a, b);
    const value = read(text);
    if (texts.length < slots) {
      texts.push(text);
      values.push(value);
    } else {
      texts[next] = text;
      values[next] = value;
      next = (next + 1) % slots;
    }
    return value;
  };
};

export type ValueCache = {
  channel: CachedReader<Channel | null>;
  direction: CachedReader<Direction | null>;
  boolean: CachedReader<boolean | null>;
  /** The rule for an outcome code; undefined when the code is unknown and there is no default. */
  outcome: CachedReader<OutcomeRule | undefined>;
};

export const createValueCache = (rules: OutcomeRules): ValueCache => ({
  channel: recentValues((t) => readChannel(t) ?? null),
  direction: recentValues((t) => readDirection(t) ?? null),
  boolean: recentValues((t) => readBoolean(t) ?? null),
  outcome: recentValues((t) => rules.map.get(t) ?? readOutcomeName(t) ?? rules.default),
});
