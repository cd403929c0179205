// src/domain/imports/csv/value-cache.ts — closed-set values (channel, direction, yes/no, outcome codes) read with a last-value cache

import type { Channel, Direction } from '../../contacts/contact.js';
import { readBoolean, readChannel, readDirection, readOutcomeName } from './contact-draft.js';
import type { OutcomeRule } from './mapping-profile.js';

/** A profile's outcome codes: its map first, then the canonical names, then its default. */
export type OutcomeRules = { map: ReadonlyMap<string, OutcomeRule>; default: OutcomeRule | undefined };

/** Remembers the last text and its reading: columns like these repeat the same few values row after row. */
const lastValue = <T>(read: (text: string) => T): ((text: string) => T) => {
  let lastText: string | null = null;
  let last = read('');
  return (text) => {
    if (text !== lastText) {
      last = read(text);
      lastText = text;
    }
    return last;
  };
};

export type ValueCache = {
  channel: (text: string) => Channel | null;
  direction: (text: string) => Direction | null;
  boolean: (text: string) => boolean | null;
  /** The rule for an outcome code; undefined when the code is unknown and there is no default. */
  outcome: (text: string) => OutcomeRule | undefined;
};

export const createValueCache = (rules: OutcomeRules): ValueCache => ({
  channel: lastValue((t) => readChannel(t) ?? null),
  direction: lastValue((t) => readDirection(t) ?? null),
  boolean: lastValue((t) => readBoolean(t) ?? null),
  outcome: lastValue((t) => rules.map.get(t) ?? readOutcomeName(t) ?? rules.default),
});
