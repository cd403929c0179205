// src/adapters/imports/parsers.ts — picks the parser for an import format (and mapping profile)

import type { Pseudonymise } from '../../app/ports.js';
import { createCsvParser } from '../../domain/imports/csv/csv-parser.js';
import type { MappingProfile } from '../../domain/imports/csv/mapping-profile.js';
import type { ImportSink, Parser } from '../../domain/imports/importer.js';
import { createJsonlParser } from '../../domain/imports/jsonl/jsonl-parser.js';
import { createQueueLogParser } from '../../domain/imports/queue-log/parser.js';
import { AppError } from '../../domain/shared/errors.js';
import { isValidTimeZone } from '../../domain/shared/time-zone.js';

export const importFormats = ['queue_log', 'csv', 'jsonl'] as const;
export type ImportFormat = (typeof importFormats)[number];

export const isImportFormat = (f: string): f is ImportFormat => (importFormats as readonly string[]).includes(f);

/**
 * The parser factory the import use-case calls with the centre's time zone. `timeZone` overrides it
 * (the source's zone when it differs from the centre's); a CSV profile's own zone wins over both.
 */
export const parserFor = (
  format: ImportFormat,
  o: { pseudonymise: Pseudonymise; profile?: MappingProfile; timeZone?: string | undefined; fileLabel?: string },
): ((centreZone: string, sink: ImportSink) => Parser) => {
  if (o.timeZone !== undefined && !isValidTimeZone(o.timeZone))
    throw new AppError('CCQ_ERR_VALIDATION', `"${o.timeZone}" is not a time zone (use an IANA name such as Europe/Stockholm)`, [
      { path: 'tz', message: 'unknown time zone' },
    ]);
  return (centreZone, sink) => {
    const timeZone = o.timeZone ?? centreZone;
    switch (format) {
      case 'queue_log':
        return createQueueLogParser({ pseudonymise: o.pseudonymise, timeZone }, sink);
      case 'jsonl':
        return createJsonlParser({ pseudonymise: o.pseudonymise }, sink);
      case 'csv':
        if (!o.profile) throw new AppError('CCQ_ERR_VALIDATION', 'A CSV import needs a mapping profile');
        return createCsvParser(
          o.profile,
          { pseudonymise: o.pseudonymise, timeZone, ...(o.fileLabel ? { fileLabel: o.fileLabel } : {}) },
          sink,
        );
    }
  };
};
