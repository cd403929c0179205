// src/domain/imports/csv/csv-tokenizer.ts — RFC 4180 records from text arriving in pieces, as field positions in a string

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * One record: field `i` is `src.slice(starts[i], ends[i])`. Fields are positions, not strings, so
 * numbers and timestamps are read in place and only text fields become strings. The view is reused
 * for every record: read it before the handler returns.
 */
export type RowView = { src: string; starts: Int32Array; ends: Int32Array; count: number };

/** Called once per record with the physical line (1-based) where the record starts. */
export type RecordHandler = (row: RowView, line: number) => void;

export type CsvTokenizer = {
  feed: (text: string) => void;
  /** Ends the input: a last record without a line break is delivered, an open quote is reported. */
  finish: () => void;
  /** The current record's text without its line break; valid inside the handlers. */
  raw: () => string;
  /** Physical lines seen (a last line without a line break counts). */
  linesRead: () => number;
};

/** A line of nothing but spaces, tabs or a CR is no record (a quoted empty field is). */
const isBlank = (src: string, start: number, end: number): boolean => {
  for (let i = start; i < end; i++) if (src.charCodeAt(i) > 32) return false;
  return true;
};

export const fieldText = (row: RowView, i: number): string => row.src.slice(row.starts[i], row.ends[i]);

/**
 * Quoted fields may hold the delimiter, doubled quotes and line breaks; lines end in LF or CRLF.
 * Text after a closing quote (`"a"b`) is kept, not refused. A blank line is not a record. Lines
 * without a quote take a fast path (indexOf, no per-character loop); a record with quotes is
 * unescaped into a small string of its own. Only the unfinished record is kept between pieces, and
 * a piece is scanned in place (never appended to), so strings stay flat for fast reading.
 */
export const createCsvTokenizer = (delimiter: string, onRecord: RecordHandler, onUnclosedQuote: (line: number) => void): CsvTokenizer => {
  const delim = delimiter.charCodeAt(0);
  const row: RowView = { src: '', starts: new Int32Array(64), ends: new Int32Array(64), count: 0 };
  let buf = '';
  let recStart = 0;
  let recEnd = 0;
  let line = 1;
  let recLine = 1;
  let sawText = false;
  // A record with quotes: its unescaped values, and the state of the field being scanned.
  let values: string[] = [];
  let inField = false;
  let fieldStart = 0;
  let scanFrom = 0;
  let quoted = false;
  let escaped = false;

  const grow = (): void => {
    const starts = new Int32Array(row.starts.length * 2);
    const ends = new Int32Array(row.ends.length * 2);
    starts.set(row.starts);
    ends.set(row.ends);
    row.starts = starts;
    row.ends = ends;
  };
  const push = (start: number, end: number): void => {
    if (row.count === row.starts.length) grow();
    row.starts[row.count] = start;
    row.ends[row.count] = end;
    row.count++;
  };

  /** Delivers the record that ends at `end` (before its line break) and starts the next at `next`. */
  const endRecord = (end: number, next: number): void => {
    recEnd = end;
    const quotedRecord = values.length > 0;
    if (quotedRecord) {
      row.src = values.join('');
      row.count = 0;
      let at = 0;
      for (const v of values) {
        push(at, at + v.length);
        at += v.length;
      }
      values = [];
    } else row.src = buf;
    if (quotedRecord || row.count > 1 || !isBlank(row.src, row.starts[0] as number, row.ends[0] as number)) onRecord(row, recLine);
    row.count = 0;
    recStart = next;
    recLine = line;
  };

  /** Whether `plainLines` stopped at a line with a quote (rather than at an unfinished line). */
  let stoppedAtQuote = false;

  /**
   * The hot loop: delivers every complete line of `s` from `at` on that has no quote, and returns
   * where it stopped. Kept apart from the quote-aware scan, whose rarely run branches made the
   * optimised loop bail out once per piece of text (53 times in a 200k-row file).
   */
  const plainLines = (s: string, at: number): number => {
    let i = at;
    const quoteAt = s.indexOf('"', i);
    for (;;) {
      const nl = s.indexOf('\n', i);
      if (nl < 0) {
        stoppedAtQuote = false;
        return i;
      }
      // Lines before the first quote are quote-free; the line holding it goes the slow way.
      if (quoteAt >= 0 && quoteAt < nl) {
        stoppedAtQuote = true;
        return i;
      }
      const end = nl > i && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
      let from = i;
      let count = 0;
      let starts = row.starts;
      let ends = row.ends;
      for (let d = s.indexOf(delimiter, from); d >= 0 && d < end; d = s.indexOf(delimiter, from)) {
        if (count === starts.length) {
          row.count = count;
          grow();
          starts = row.starts;
          ends = row.ends;
        }
        starts[count] = from;
        ends[count++] = d;
        from = d + 1;
      }
      row.count = count;
      push(from, end);
      i = nl + 1;
      line++;
      recEnd = end;
      row.src = s;
      if (count > 0 || !isBlank(s, from, end)) onRecord(row, recLine);
      row.count = 0;
      recStart = i;
      recLine = line;
    }
  };

  /** Scans `buf` from `scanFrom`; returns when it needs more text. */
  const scan = (): void => {
    const s = buf;
    const n = s.length;
    let i = scanFrom;
    for (;;) {
      if (!inField && values.length === 0 && row.count === 0) {
        i = plainLines(s, i);
        if (!stoppedAtQuote) break;
        // The line has a quote: switch this record to values (positions of unquoted fields become strings).
      }
      if (!inField) {
        if (i >= n) break;
        fieldStart = i;
        inField = true;
        quoted = s.charCodeAt(i) === QUOTE;
        escaped = false;
        if (quoted) i++;
      }
      let value = '';
      let c = 0;
      if (!quoted) {
        while (i < n) {
          c = s.charCodeAt(i);
          if (c === delim || c === LF) break;
          i++;
        }
        if (i >= n) break;
        value = s.slice(fieldStart, c === LF && i > fieldStart && s.charCodeAt(i - 1) === CR ? i - 1 : i);
      } else {
        let closed = -1;
        while (i < n) {
          c = s.charCodeAt(i);
          if (c === QUOTE) {
            if (i + 1 >= n) break;
            if (s.charCodeAt(i + 1) === QUOTE) {
              escaped = true;
              i += 2;
              continue;
            }
            closed = i;
            break;
          }
          if (c === LF) line++;
          i++;
        }
        if (closed < 0) break;
        let j = closed + 1;
        while (j < n) {
          c = s.charCodeAt(j);
          if (c === delim || c === LF) break;
          j++;
        }
        if (j >= n) {
          i = closed;
          break;
        }
        const end = c === LF && j > closed + 1 && s.charCodeAt(j - 1) === CR ? j - 1 : j;
        value = s.slice(fieldStart + 1, closed);
        if (escaped) value = value.replaceAll('""', '"');
        if (end > closed + 1) value += s.slice(closed + 1, end);
        i = j;
      }
      values.push(value);
      inField = false;
      i++;
      if (c === LF) {
        line++;
        endRecord(i - 1 > recStart && s.charCodeAt(i - 2) === CR ? i - 2 : i - 1, i);
      }
    }
    if (recStart > 0) {
      buf = s.slice(recStart);
      fieldStart -= recStart;
      i -= recStart;
      recStart = 0;
    }
    scanFrom = i;
  };

  const feed = (text: string): void => {
    if (text.length === 0) return;
    sawText = true;
    if (buf.length === 0) {
      buf = text;
      scan();
      return;
    }
    // Finish the carried record on a small joined string, then scan the piece itself from there.
    const nl = text.indexOf('\n');
    if (nl < 0) {
      buf += text;
      scan();
      return;
    }
    buf += text.slice(0, nl + 1);
    scan();
    if (buf.length > 0) {
      buf += text.slice(nl + 1);
      scan();
      return;
    }
    buf = text;
    recStart = nl + 1;
    scanFrom = nl + 1;
    scan();
  };

  return {
    feed,
    finish: () => {
      if (buf.length === 0) return;
      // A line break after the last line closes its record the same way as any other.
      buf += '\n';
      scan();
      if (inField && quoted) {
        recEnd = buf.length - 1;
        onUnclosedQuote(recLine);
      }
      buf = '';
      values = [];
      inField = false;
      row.count = 0;
      scanFrom = 0;
    },
    raw: () => buf.slice(recStart, recEnd),
    linesRead: () => (sawText ? line - 1 : 0),
  };
};
