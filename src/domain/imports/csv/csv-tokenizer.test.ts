// src/domain/imports/csv/csv-tokenizer.test.ts — RFC 4180 records, line numbers, pieces of any size, delimiter detection and decoding

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createCsvTokenizer, fieldText } from './csv-tokenizer.js';
import { detectDelimiter } from './delimiter-detection.js';
import { createTextStream, decodeWindows1252 } from './text-decoding.js';

type Rec = { line: number; fields: string[]; raw: string };

const tokenize = (pieces: string[], delimiter = ','): { records: Rec[]; unclosed: Rec[]; lines: number } => {
  const records: Rec[] = [];
  const unclosed: Rec[] = [];
  const t = createCsvTokenizer(
    delimiter,
    (row, line) => records.push({ line, fields: Array.from({ length: row.count }, (_, i) => fieldText(row, i)), raw: t.raw() }),
    (line) => unclosed.push({ line, fields: [], raw: t.raw() }),
  );
  for (const p of pieces) t.feed(p);
  t.finish();
  return { records, unclosed, lines: t.linesRead() };
};

const sample = 'id,name,note\r\n1,"Berg, Åsa","said ""hej""\r\nand left"\r\n \t\r\n2,Öberg,plain\n3,"",\n4,"x"tail,last\n""';

describe('csv tokenizer', () => {
  test('quotes hold delimiters, doubled quotes and line breaks; CRLF and LF both end lines; blank lines are no records', () => {
    const { records, unclosed, lines } = tokenize([sample]);
    assert.deepEqual(
      records.map((r) => [r.line, r.fields]),
      [
        [1, ['id', 'name', 'note']],
        [2, ['1', 'Berg, Åsa', 'said "hej"\r\nand left']],
        [5, ['2', 'Öberg', 'plain']],
        [6, ['3', '', '']],
        [7, ['4', 'xtail', 'last']],
        [8, ['']],
      ],
    );
    assert.equal(records[1]?.raw, '1,"Berg, Åsa","said ""hej""\r\nand left"');
    assert.deepEqual(unclosed, []);
    assert.equal(lines, 8);
  });

  test('the same records whatever the pieces: one character at a time and random splits', () => {
    const whole = tokenize([sample]);
    const oneByOne = tokenize([...sample]);
    assert.deepEqual(oneByOne, whole);
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const pieces: string[] = [];
      for (let i = 0; i < sample.length; ) {
        const size = 1 + random(12);
        pieces.push(sample.slice(i, i + size));
        i += size;
      }
      assert.deepEqual(tokenize(pieces), whole, pieces.join('|'));
    }
  });

  test('a quote never closed is reported with the line it starts on', () => {
    const { records, unclosed, lines } = tokenize(['a,b\n1,"open\nstill open']);
    assert.deepEqual(
      records.map((r) => r.fields),
      [['a', 'b']],
    );
    assert.deepEqual(unclosed, [{ line: 2, fields: [], raw: '1,"open\nstill open' }]);
    assert.equal(lines, 3);
  });

  test('a trailing CR at the end of input, a last line without a break, other delimiters', () => {
    assert.deepEqual(
      tokenize(['a;b\r\n1;2\r'], ';').records.map((r) => r.fields),
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    );
    assert.deepEqual(
      tokenize(['a\tb\n"x\ty"\tz'], '\t').records.map((r) => r.fields),
      [
        ['a', 'b'],
        ['x\ty', 'z'],
      ],
    );
    assert.equal(tokenize(['']).lines, 0);
  });
});

describe('detectDelimiter', () => {
  test('the delimiter found consistently, outside quotes', () => {
    assert.equal(detectDelimiter('a,b,c\n1,2,3\n'), ',');
    assert.equal(detectDelimiter('Kö;Väntetid;Not\nA;1 234,5;"x;y"\nB;2,5;z\n'), ';');
    assert.equal(detectDelimiter('vru+line\tcall_id\tdate\nAA01\t1\t990101\n'), '\t');
    assert.equal(detectDelimiter('a|b\n1|2\n'), '|');
    assert.equal(detectDelimiter('"a,b";c;d\n1;2;3\n'), ';');
    assert.equal(detectDelimiter('only\n1\n'), ',');
    assert.equal(detectDelimiter('a;b,c\n1;2\n'), ';');
  });
});

describe('text decoding', () => {
  const decodeAll = (bytes: Uint8Array, split: number[], encoding: 'auto' | 'utf-8' | 'windows-1252' = 'auto') => {
    let switched = 0;
    const s = createTextStream(encoding, () => switched++);
    let text = '';
    let at = 0;
    for (const cut of [...split, bytes.length]) {
      text += s.push(bytes.subarray(at, cut));
      at = cut;
    }
    return { text: text + s.end(), encoding: s.encoding(), switched };
  };
  const utf8 = new TextEncoder().encode('\ufeffKö;Åsa;€ 5\n');

  test('UTF-8 with a byte-order mark: the mark is dropped, characters split across pieces come out whole', () => {
    for (let cut = 0; cut <= utf8.length; cut++)
      assert.deepEqual(decodeAll(utf8, [cut]), { text: 'Kö;Åsa;€ 5\n', encoding: 'utf-8', switched: 0 });
  });

  test('bytes that are not UTF-8 are Windows-1252, including € and the letters 0x80–0x9F hold', () => {
    const cp1252 = new Uint8Array([0x4b, 0xf6, 0x3b, 0xc5, 0x73, 0x61, 0x3b, 0x80, 0x20, 0x8a, 0x9e, 0xe9, 0x0a]);
    assert.deepEqual(decodeAll(cp1252, [3]), { text: 'Kö;Åsa;€ Šžé\n', encoding: 'windows-1252', switched: 0 });
    assert.equal(decodeWindows1252(new Uint8Array([0x93, 0x94, 0x85])), '“”…');
  });

  test('UTF-16LE with its byte-order mark', () => {
    const text = 'Kö;Åsa\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    assert.deepEqual(decodeAll(bytes, [3, 4, 7]), { text, encoding: 'utf-16le', switched: 0 });
  });

  test('an input that turns out not to be UTF-8 after the sniffed start switches to Windows-1252 and says so', () => {
    const ascii = 'a'.repeat(70_000);
    const bytes = new Uint8Array([...new TextEncoder().encode(`${ascii}\n`), 0xc5, 0x73, 0x61, 0x0a]);
    const { text, encoding, switched } = decodeAll(bytes, [65_536, 70_001, 70_002]);
    assert.equal(text, `${ascii}\nÅsa\n`);
    assert.equal(encoding, 'windows-1252');
    assert.equal(switched, 1);
  });

  test('a fixed encoding is used as given', () => {
    assert.equal(decodeAll(new Uint8Array([0xc3, 0xa5]), [1], 'windows-1252').text, 'Ã¥');
    assert.equal(decodeAll(new Uint8Array([0xc3, 0xa5]), [1], 'utf-8').text, 'å');
  });
});
