// src/domain/imports/csv/stable-hash.ts — FNV-1a 64-bit over UTF-8, for source ids that survive re-imports

/**
 * FNV-1a with the 64-bit parameters, computed in two 32-bit halves (no BigInt in the hot path).
 * Not cryptographic: it names rows, it does not protect them. The prime is 2^40 + 0x1b3, so a
 * product is the value times 0x1b3 plus the value shifted left by 40 bits.
 */
export const fnv1a64 = (text: string): string => {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const mix = (byte: number): void => {
    lo ^= byte;
    const low = (lo >>> 0) * 0x1b3;
    const carry = Math.floor(low / 0x1_0000_0000);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = low >>> 0;
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) mix(c);
    else if (c < 0x800) {
      mix(0xc0 | (c >> 6));
      mix(0x80 | (c & 0x3f));
    } else {
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          i++;
          mix(0xf0 | (c >> 18));
          mix(0x80 | ((c >> 12) & 0x3f));
          mix(0x80 | ((c >> 6) & 0x3f));
          mix(0x80 | (c & 0x3f));
          continue;
        }
      }
      mix(0xe0 | (c >> 12));
      mix(0x80 | ((c >> 6) & 0x3f));
      mix(0x80 | (c & 0x3f));
    }
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
};
