// src/domain/simulation/byte-writer.ts — a growable ASCII byte buffer: text output without a string per line

/**
 * Everything the writers produce is ASCII (names are checked, the rest are digits and fixed words),
 * so text is built byte by byte into one buffer: no intermediate strings, no garbage per line. The
 * result feeds the importers' byte input directly, or becomes one string at the end.
 */
export type ByteWriter = {
  /**
   * Makes room for at least n more bytes. `byte`, `uint` and `two` write without checking (they are
   * the hot path), so a writer reserves a generous bound at the start of every line; `ascii` checks.
   */
  reserve: (n: number) => void;
  byte: (code: number) => void;
  ascii: (text: string) => void;
  /** A whole number ≥ 0 (any size up to 2⁵³). */
  uint: (n: number) => void;
  /** Two digits, zero-padded (00–99). */
  two: (n: number) => void;
  bytes: () => Uint8Array;
};

export const createByteWriter = (initialSize = 1 << 16): ByteWriter => {
  let buffer = new Uint8Array(initialSize);
  let at = 0;

  const reserve = (n: number): void => {
    if (at + n <= buffer.length) return;
    const bigger = new Uint8Array(Math.max(buffer.length * 2, at + n));
    bigger.set(buffer.subarray(0, at));
    buffer = bigger;
  };

  const ascii = (text: string): void => {
    const n = text.length;
    reserve(n);
    for (let i = 0; i < n; i += 1) buffer[at + i] = text.charCodeAt(i);
    at += n;
  };

  // Two digits per division: '00'…'99' as byte pairs.
  const pairs = new Uint8Array(200);
  for (let i = 0; i < 100; i += 1) {
    pairs[2 * i] = 48 + Math.floor(i / 10);
    pairs[2 * i + 1] = 48 + (i % 10);
  }

  const uint = (n: number): void => {
    let digits = 1;
    for (let limit = 10; n >= limit && digits < 16; limit *= 10) digits += 1;
    let pos = at + digits;
    at = pos;
    let rest = n;
    while (rest >= 100) {
      // Integer division by `| 0` while the value fits 31 bits (epoch seconds until 2038), else floor.
      const q = rest < 2147483648 ? (rest / 100) | 0 : Math.floor(rest / 100);
      const r = 2 * (rest - q * 100);
      pos -= 2;
      buffer[pos] = pairs[r] as number;
      buffer[pos + 1] = pairs[r + 1] as number;
      rest = q;
    }
    if (rest >= 10) {
      buffer[pos - 2] = pairs[2 * rest] as number;
      buffer[pos - 1] = pairs[2 * rest + 1] as number;
    } else buffer[pos - 1] = 48 + rest;
  };

  return {
    reserve,
    byte: (code) => {
      buffer[at] = code;
      at += 1;
    },
    ascii,
    uint,
    two: (n) => {
      const tens = Math.floor(n / 10);
      buffer[at] = 48 + tens;
      buffer[at + 1] = 48 + n - tens * 10;
      at += 2;
    },
    /** The bytes written (a view of the buffer: the writer is done with it). */
    bytes: () => buffer.subarray(0, at),
  };
};

const latin1 = new TextDecoder('latin1');

/** ASCII bytes as a string (latin1 decoding is a plain copy). */
export const asciiText = (bytes: Uint8Array): string => latin1.decode(bytes);

/** The parts one after another in one array (days of simulated files into one file). */
export const concatBytes = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
};
