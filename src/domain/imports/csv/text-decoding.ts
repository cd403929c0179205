// src/domain/imports/csv/text-decoding.ts — bytes in chunks → text, with the encoding detected from the first bytes

import type { Encoding } from './mapping-profile.js';

/** Bytes looked at before deciding between UTF-8 and Windows-1252. */
const sniffBytes = 64 * 1024;

// Windows-1252 for 0x80–0x9F (the rest of the code page is Latin-1). Node 20's TextDecoder reads the
// `windows-1252` label as Latin-1, so `€` (0x80) would come out as a control character without this.
const cp1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const c1Controls = /[\u0080-\u009f]/g;
const latin1 = new TextDecoder('latin1');

export const decodeWindows1252 = (bytes: Uint8Array): string => {
  const text = latin1.decode(bytes);
  c1Controls.lastIndex = 0;
  return c1Controls.test(text) ? text.replace(c1Controls, (c) => cp1252High.charAt(c.charCodeAt(0) - 0x80)) : text;
};

/** The bytes at the end of `bytes` that start a UTF-8 sequence the chunk does not finish. */
const unfinishedTail = (bytes: Uint8Array): Uint8Array => {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back] as number;
    if ((b & 0xc0) === 0x80) continue;
    const needs = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return needs > back ? bytes.slice(bytes.length - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
};

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
};

export type TextStream = {
  /** Decodes the next chunk; returns '' while the first bytes are still being looked at. */
  push: (chunk: Uint8Array) => string;
  /** Flushes what is held back. */
  end: () => string;
  /** The encoding in use ('' until decided). */
  encoding: () => string;
};

type Decode = (chunk: Uint8Array, last: boolean) => string;

const fixedDecoder = (label: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'): Decode => {
  if (label === 'windows-1252') return (chunk) => decodeWindows1252(chunk);
  const decoder = new TextDecoder(label);
  return (chunk, last) => decoder.decode(chunk, { stream: !last });
};

/**
 * A decoder that starts strict UTF-8 and, at the first invalid byte (found after the sniffed
 * start), switches to Windows-1252 for the rest, telling `onSwitch`. Bytes already decoded stay as
 * they were: an export that is Windows-1252 throughout shows it within the sniffed start unless its
 * first 64 KiB are plain ASCII, which both encodings read the same.
 */
const utf8ThenWindows1252 = (onSwitch: () => void, setLabel: (label: string) => void): Decode => {
  let strict: InstanceType<typeof TextDecoder> | null = new TextDecoder('utf-8', { fatal: true });
  let recent = new Uint8Array(0);
  return (chunk, last) => {
    if (strict === null) return decodeWindows1252(chunk);
    try {
      const text = strict.decode(chunk, { stream: !last });
      // Only the last three bytes are kept: joining whole chunks would copy every chunk once more.
      recent = chunk.length >= 3 ? chunk.slice(chunk.length - 3) : concat(recent, chunk).slice(-3);
      return text;
    } catch {
      strict = null;
      setLabel('windows-1252');
      onSwitch();
      return decodeWindows1252(concat(unfinishedTail(recent), chunk));
    }
  };
};

/** Picks the decoder from a byte-order mark, or from whether the first bytes are valid UTF-8. */
const detect = (start: Uint8Array, onSwitch: () => void, setLabel: (label: string) => void): Decode => {
  const [b0, b1, b2] = start;
  const bom =
    b0 === 0xef && b1 === 0xbb && b2 === 0xbf
      ? 'utf-8'
      : b0 === 0xff && b1 === 0xfe
        ? 'utf-16le'
        : b0 === 0xfe && b1 === 0xff
          ? 'utf-16be'
          : null;
  if (bom !== null) {
    setLabel(bom);
    return fixedDecoder(bom);
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(start, { stream: true });
  } catch {
    setLabel('windows-1252');
    return fixedDecoder('windows-1252');
  }
  setLabel('utf-8');
  return utf8ThenWindows1252(onSwitch, setLabel);
};

/**
 * Streaming text decoding for `encoding` ('auto' detects). A UTF-8 or UTF-16 byte-order mark is
 * dropped. `onSwitch` is told when an auto-detected UTF-8 input turns out not to be.
 */
export const createTextStream = (encoding: Encoding, onSwitch: () => void): TextStream => {
  let label = encoding === 'auto' ? '' : encoding;
  const setLabel = (l: string): void => {
    label = l;
  };
  let decode: Decode | null = encoding === 'auto' ? null : fixedDecoder(encoding);
  let held: Uint8Array[] = [];
  let heldBytes = 0;

  const start = (last: boolean): string => {
    const all = new Uint8Array(heldBytes);
    let at = 0;
    for (const part of held) {
      all.set(part, at);
      at += part.length;
    }
    held = [];
    decode = detect(all, onSwitch, setLabel);
    return decode(all, last);
  };

  return {
    push: (chunk) => {
      if (decode !== null) return decode(chunk, false);
      held.push(chunk.slice());
      heldBytes += chunk.length;
      return heldBytes >= sniffBytes ? start(false) : '';
    },
    end: () => (decode === null ? start(true) : decode(new Uint8Array(0), true)),
    encoding: () => label,
  };
};
