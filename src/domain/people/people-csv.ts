// src/domain/people/people-csv.ts — people records from CSV with a simple column mapping: roster (headcount), absence, training, competence, coaching

import type { Competence, PeopleAgent, PeopleEvent } from './people.js';

export const peopleImportKinds = ['headcount', 'absence', 'training', 'competence', 'coaching'] as const;
export type PeopleImportKind = (typeof peopleImportKinds)[number];

/** The fields of each kind; required ones first. A mapping names the CSV column of a field (default: the field's own name). */
export const peopleFields: Record<PeopleImportKind, { required: string[]; optional: string[] }> = {
  headcount: { required: ['agent_code', 'started_on'], optional: ['left_on', 'team', 'role_profile'] },
  absence: { required: ['agent_code', 'date', 'absence_hours', 'scheduled_hours'], optional: [] },
  training: { required: ['agent_code', 'date', 'hours'], optional: ['type'] },
  competence: { required: ['agent_code', 'competence', 'achieved_on'], optional: ['expires_on'] },
  coaching: { required: ['agent_code', 'date'], optional: ['minutes'] },
};

export type PeopleRow =
  | { kind: 'headcount'; agent: Omit<PeopleAgent, 'centreOrganisationId' | 'relationshipId'> }
  | { kind: 'event'; event: Omit<PeopleEvent, 'id' | 'centreOrganisationId'> }
  | { kind: 'competence'; competence: Competence };

export type PeopleRowReject = { line: number; field: string; message: string };
export type ParsedPeople = { rows: PeopleRow[]; rejects: PeopleRowReject[] };

/** Splits CSV text (RFC 4180 quotes; comma or semicolon, whichever the header uses more) into records with their line numbers. */
export const splitCsv = (text: string): { line: number; cells: string[] }[] => {
  const src = text.replace(/^\uFEFF/, '');
  const header = src.slice(0, src.indexOf('\n') < 0 ? src.length : src.indexOf('\n'));
  const sep = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const out: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((x) => x.trim() !== '')) out.push({ line: startLine, cells });
      cells = [];
      cell = '';
      line++;
      startLine = line;
    } else cell += c;
  }
  cells.push(cell);
  if (cells.some((x) => x.trim() !== '')) out.push({ line: startLine, cells });
  return out;
};

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const CODE = /^[\p{L}\p{N}._-]{1,40}$/u;

type Reader = { text: (f: string) => string | null; date: (f: string) => string | null; hours: (f: string) => number | null };

const readerFor = (cells: string[], columnOf: Map<string, number>, line: number, rejects: PeopleRowReject[]): Reader => {
  const text = (f: string) => {
    const i = columnOf.get(f);
    const v = i === undefined ? '' : (cells[i] ?? '').trim();
    return v === '' ? null : v;
  };
  const bad = (field: string, message: string) => {
    rejects.push({ line, field, message });
    return null;
  };
  return {
    text,
    date: (f) => {
      const v = text(f);
      return v === null || DATE.test(v) ? v : bad(f, 'a date YYYY-MM-DD');
    },
    hours: (f) => {
      const v = text(f);
      if (v === null) return null;
      const x = Number(v.replace(',', '.'));
      return Number.isFinite(x) && x >= 0 && x <= 10_000 ? x : bad(f, 'a number of hours ≥ 0');
    },
  };
};

const rowOf = (kind: PeopleImportKind, r: Reader, code: string): PeopleRow | null => {
  switch (kind) {
    case 'headcount': {
      const startedOn = r.date('started_on');
      const leftOn = r.date('left_on');
      if (!startedOn) return null;
      return { kind, agent: { agentCode: code, startedOn, leftOn, team: r.text('team'), roleProfile: r.text('role_profile') } };
    }
    case 'competence': {
      const competence = r.text('competence');
      const achievedOn = r.date('achieved_on');
      const expiresOn = r.date('expires_on');
      if (!competence || !achievedOn) return null;
      return { kind, competence: { agentCode: code, competence: competence.slice(0, 100), achievedOn, expiresOn } };
    }
    default: {
      const on = r.date('date');
      if (!on) return null;
      const hours = kind === 'absence' ? r.hours('absence_hours') : kind === 'training' ? r.hours('hours') : (r.hours('minutes') ?? 0) / 60;
      const scheduledHours = kind === 'absence' ? r.hours('scheduled_hours') : null;
      if (hours === null || (kind === 'absence' && scheduledHours === null)) return null;
      const category = kind === 'training' ? (r.text('type') === 'induction' ? 'induction' : 'ongoing') : null;
      return { kind: 'event', event: { agentCode: code, kind, on, hours, scheduledHours, category } };
    }
  }
};

/**
 * Reads people records of one kind. The first record is the header; `mapping` maps a field to its
 * column name. Each bad row is rejected with its line and field, the rest are kept.
 */
export const parsePeopleCsv = (kind: PeopleImportKind, text: string, mapping: Record<string, string> = {}): ParsedPeople => {
  const [header, ...records] = splitCsv(text);
  const rejects: PeopleRowReject[] = [];
  if (!header) return { rows: [], rejects: [{ line: 1, field: 'header', message: 'the file is empty' }] };
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const columnOf = new Map<string, number>();
  const { required, optional } = peopleFields[kind];
  for (const f of [...required, ...optional]) {
    const i = names.indexOf((mapping[f] ?? f).toLowerCase());
    if (i >= 0) columnOf.set(f, i);
    else if (required.includes(f)) rejects.push({ line: header.line, field: f, message: `no column "${mapping[f] ?? f}"` });
  }
  if (rejects.length) return { rows: [], rejects };
  const rows: PeopleRow[] = [];
  for (const rec of records) {
    const before = rejects.length;
    const r = readerFor(rec.cells, columnOf, rec.line, rejects);
    const code = r.text('agent_code');
    if (!code || !CODE.test(code)) {
      rejects.push({ line: rec.line, field: 'agent_code', message: 'an agent code (letters, digits, . _ -; no names)' });
      continue;
    }
    const missing = required.filter((f) => r.text(f) === null);
    for (const f of missing) rejects.push({ line: rec.line, field: f, message: 'required' });
    const row = missing.length ? null : rowOf(kind, r, code);
    if (row && rejects.length === before) rows.push(row);
  }
  return { rows, rejects };
};
