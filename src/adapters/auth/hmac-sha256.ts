// src/adapters/auth/hmac-sha256.ts — HMAC-SHA-256 for many short messages under one key, without a crypto object per message

/**
 * Imports pseudonymise one caller number per contact; `createHmac` costs several microseconds per
 * call in object set-up alone, which at a million contacts is seconds. HMAC (RFC 2104) hashes
 * `(K ⊕ ipad) ‖ m` and then `(K ⊕ opad) ‖ inner`; both padded keys are one 64-byte block, so their
 * compressed states are computed once and each message costs the compression of its own blocks
 * plus one for the outer hash. SHA-256 as in FIPS 180-4; checked against node:crypto in the tests.
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
  0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
  0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
  0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
  0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
  0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const initial = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

/** One SHA-256 compression of the 16 words in `w[0..15]` into `state` (in place); `w` is scratch of 64 words. */
const compress = (state: Int32Array, w: Int32Array): void => {
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15] as number;
    const y = w[i - 2] as number;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + (K[i] as number) + (w[i] as number)) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = ((state[0] as number) + a) | 0;
  state[1] = ((state[1] as number) + b) | 0;
  state[2] = ((state[2] as number) + c) | 0;
  state[3] = ((state[3] as number) + d) | 0;
  state[4] = ((state[4] as number) + e) | 0;
  state[5] = ((state[5] as number) + f) | 0;
  state[6] = ((state[6] as number) + g) | 0;
  state[7] = ((state[7] as number) + h) | 0;
};

/** Pads the `length` message bytes in `buffer` (which has room) as SHA-256 does, counting `prefixBytes` already in `state`, and compresses them. */
const digestInto = (state: Int32Array, buffer: Uint8Array, length: number, prefixBytes: number, w: Int32Array): void => {
  const total = (Math.floor((length + 8) / 64) + 1) * 64;
  buffer[length] = 0x80;
  buffer.fill(0, length + 1, total);
  const bits = (length + prefixBytes) * 8;
  buffer[total - 5] = Math.floor(bits / 2 ** 32) & 0xff;
  buffer[total - 4] = bits >>> 24;
  buffer[total - 3] = (bits >>> 16) & 0xff;
  buffer[total - 2] = (bits >>> 8) & 0xff;
  buffer[total - 1] = bits & 0xff;
  for (let at = 0; at < total; at += 64) {
    for (let i = 0; i < 16; i++) {
      const p = at + i * 4;
      w[i] =
        ((buffer[p] as number) << 24) | ((buffer[p + 1] as number) << 16) | ((buffer[p + 2] as number) << 8) | (buffer[p + 3] as number);
    }
    compress(state, w);
  }
};

/** The state's eight words, big-endian, into `out` from 0. */
const writeState = (state: Int32Array, out: Uint8Array): void => {
  for (let i = 0; i < 8; i++) {
    const v = state[i] as number;
    out[i * 4] = v >>> 24;
    out[i * 4 + 1] = (v >>> 16) & 0xff;
    out[i * 4 + 2] = (v >>> 8) & 0xff;
    out[i * 4 + 3] = v & 0xff;
  }
};

/** Room a message of `length` bytes needs for its padding. */
const paddedLength = (length: number): number => (Math.floor((length + 8) / 64) + 1) * 64;

const encoder = new TextEncoder();

const base64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * HMAC-SHA-256 under one key: `bytes(message, n)` gives the first n bytes (at most 32) of the MAC of
 * a UTF-8 message, overwritten by the next call (copy them to keep them); `base64url128(message)`
 * gives its first 128 bits as 22 base64url characters. A short ASCII message (up to 55 bytes: every
 * phone number) is hashed from its character codes without a byte buffer.
 */
export const createHmacSha256 = (key: Uint8Array) => {
  const w = new Int32Array(64);
  const block = new Uint8Array(64);
  if (key.byteLength > 64) {
    // RFC 2104: a key longer than the block is hashed first.
    const hashed = new Uint8Array(paddedLength(key.byteLength));
    hashed.set(key);
    const state = initial.slice();
    digestInto(state, hashed, key.byteLength, 0, w);
    writeState(state, block);
  } else block.set(key);
  const padState = (pad: number): Int32Array => {
    const state = initial.slice();
    for (let i = 0; i < 16; i++)
      w[i] =
        (((block[i * 4] as number) ^ pad) << 24) |
        (((block[i * 4 + 1] as number) ^ pad) << 16) |
        (((block[i * 4 + 2] as number) ^ pad) << 8) |
        ((block[i * 4 + 3] as number) ^ pad);
    compress(state, w);
    return state;
  };
  const innerStart = padState(0x36);
  const outerStart = padState(0x5c);
  const state = new Int32Array(8);
  let buffer = new Uint8Array(256);
  const out = new Uint8Array(32);

  /** The inner hash of a short ASCII message in one block, straight from its character codes; false if it is not one. */
  const shortAsciiInner = (message: string): boolean => {
    const length = message.length;
    if (length > 55) return false;
    w.fill(0, 0, 16);
    for (let i = 0; i < length; i++) {
      const c = message.charCodeAt(i);
      if (c > 127) return false;
      w[i >> 2] = (w[i >> 2] as number) | (c << (24 - 8 * (i & 3)));
    }
    w[length >> 2] = (w[length >> 2] as number) | (0x80 << (24 - 8 * (length & 3)));
    w[15] = (64 + length) * 8;
    state.set(innerStart);
    compress(state, w);
    return true;
  };

  /** The inner hash of any message, through the UTF-8 bytes. */
  const inner = (message: string): void => {
    let length = message.length;
    let ascii = paddedLength(length) <= buffer.byteLength;
    for (let i = 0; ascii && i < length; i++) {
      const c = message.charCodeAt(i);
      if (c > 127) ascii = false;
      else buffer[i] = c;
    }
    if (!ascii) {
      const encoded = encoder.encode(message);
      length = encoded.byteLength;
      if (buffer.byteLength < paddedLength(length)) buffer = new Uint8Array(paddedLength(length) * 2);
      buffer.set(encoded);
    }
    state.set(innerStart);
    digestInto(state, buffer, length, 64, w);
  };

  /** Leaves HMAC(key, message) in `state`: the outer hash takes the inner digest's eight words as its one block. */
  const mac = (message: string): void => {
    if (!shortAsciiInner(message)) inner(message);
    for (let i = 0; i < 8; i++) w[i] = state[i] as number;
    w[8] = 0x80000000 | 0;
    w.fill(0, 9, 15);
    w[15] = (64 + 32) * 8;
    state.set(outerStart);
    compress(state, w);
  };

  return {
    bytes: (message: string, n = 32): Uint8Array => {
      mac(message);
      writeState(state, out);
      return out.subarray(0, n);
    },
    base64url128: (message: string): string => {
      mac(message);
      writeState(state, out);
      let text = '';
      for (let i = 0; i < 15; i += 3) {
        const v = ((out[i] as number) << 16) | ((out[i + 1] as number) << 8) | (out[i + 2] as number);
        text += base64url.charAt(v >> 18) + base64url.charAt((v >> 12) & 63) + base64url.charAt((v >> 6) & 63) + base64url.charAt(v & 63);
      }
      const last = out[15] as number;
      return text + base64url.charAt(last >> 2) + base64url.charAt((last & 3) << 4);
    },
  };
};
