// test/support/imports.ts — imports from bytes in memory, through the real use-case and parsers

import { createHash } from 'node:crypto';
import { type ImportContactsOptions, importContacts } from '../../src/app/import-contacts.js';
import type { Caller } from '../../src/app/caller.js';
import type { Deps, ImportRun } from '../../src/app/ports.js';
import type { RowReject } from '../../src/domain/imports/importer.js';
import type { MappingProfile } from '../../src/domain/imports/csv/mapping-profile.js';
import { type ImportFormat, parserFor } from '../../src/adapters/imports/parsers.js';

/** Text (or bytes) as an import source, cut into chunks of `chunk` bytes so batch and chunk edges are exercised. */
export const memorySource = (name: string, content: string | Uint8Array, chunk = 4096) => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    name,
    size: bytes.byteLength,
    fingerprint: async () => createHash('sha256').update(bytes).digest('hex'),
    open: async function* () {
      for (let i = 0; i < bytes.byteLength; i += chunk) yield bytes.subarray(i, i + chunk);
    },
  };
};

export const importText = async (
  deps: Deps,
  caller: Caller,
  format: ImportFormat,
  name: string,
  content: string | Uint8Array,
  o: Partial<ImportContactsOptions> & { profile?: MappingProfile; timeZone?: string } = {},
): Promise<{ run: ImportRun; rejects: RowReject[] }> => {
  const rejects: RowReject[] = [];
  const { profile, timeZone, ...rest } = o;
  const run = await importContacts(deps, caller, {
    source: memorySource(name, content),
    format,
    createParser: parserFor(format, { pseudonymise: deps.pseudonymise, ...(profile ? { profile } : {}), timeZone }),
    onReject: (r) => rejects.push(r),
    ...rest,
  });
  return { run, rejects };
};
