// src/domain/imports/line-splitter.ts — bytes in chunks of any size → whole text lines with their line numbers

/**
 * Decodes UTF-8 in streaming mode (a chunk may end inside a character) and hands out complete lines,
 * without their `\n` or `\r\n`, numbered from 1. Only the unfinished last line is held between chunks.
 * A UTF-8 byte-order mark is dropped by the decoder.
 */
export const createLineSplitter = (onLine: (line: string, lineNumber: number) => void, encoding = 'utf-8') => {
  const decoder = new TextDecoder(encoding);
  let carry = '';
  let lineNumber = 0;

  const emit = (line: string): void => {
    lineNumber += 1;
    onLine(line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line, lineNumber);
  };

  const consume = (text: string): void => {
    let start = 0;
    const text2 = carry.length > 0 ? carry + text : text;
    for (let nl = text2.indexOf('\n', start); nl !== -1; nl = text2.indexOf('\n', start)) {
      emit(text2.slice(start, nl));
      start = nl + 1;
    }
    carry = start === 0 ? text2 : text2.slice(start);
  };

  return {
    push: (chunk: Uint8Array): void => consume(decoder.decode(chunk, { stream: true })),
    end: (): void => {
      consume(decoder.decode());
      if (carry.length > 0) emit(carry);
      carry = '';
    },
    linesRead: (): number => lineNumber,
  };
};
