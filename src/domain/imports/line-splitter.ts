// src/domain/imports/line-splitter.ts — bytes in chunks of any size → whole text lines with their line numbers

/**
 * Decodes UTF-8 in streaming mode (a chunk may end inside a character) and hands out each complete
 * line as a range of a decoded block — `text.slice(start, end)` is the line without its `\n` or
 * `\r\n` — numbered from 1. A parser that reads fields by position never has to copy the line.
 * Only the unfinished last line is held between chunks. A UTF-8 byte-order mark is dropped by the decoder.
 */
export const createLineRanges = (onLine: (text: string, start: number, end: number, lineNumber: number) => void, encoding = 'utf-8') => {
  const decoder = new TextDecoder(encoding);
  let carry = '';
  let lineNumber = 0;

  const emit = (text: string, start: number, end: number): void => {
    lineNumber += 1;
    onLine(text, start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end, lineNumber);
  };

  const consume = (decoded: string): void => {
    const text = carry.length > 0 ? carry + decoded : decoded;
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      emit(text, start, nl);
      start = nl + 1;
    }
    carry = start === 0 ? text : text.slice(start);
  };

  return {
    push: (chunk: Uint8Array): void => consume(decoder.decode(chunk, { stream: true })),
    end: (): void => {
      consume(decoder.decode());
      if (carry.length > 0) emit(carry, 0, carry.length);
      carry = '';
    },
    linesRead: (): number => lineNumber,
  };
};

/** The same, with each line as a string of its own. */
export const createLineSplitter = (onLine: (line: string, lineNumber: number) => void, encoding = 'utf-8') =>
  createLineRanges((text, start, end, lineNumber) => onLine(text.slice(start, end), lineNumber), encoding);
