// src/adapters/imports/file-source.ts — a file on disk as an import source: SHA-256 fingerprint, then a streamed read

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportSource } from '../../app/import-contacts.js';
import { AppError } from '../../domain/shared/errors.js';

const chunkSize = 1 << 20;

export const fileSource = async (path: string, name = basename(path)): Promise<ImportSource> => {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new AppError('CCQ_ERR_NOT_FOUND', `No file ${path}`);
  return {
    name,
    size: info.size,
    fingerprint: async () => {
      const hash = createHash('sha256');
      for await (const chunk of createReadStream(path, { highWaterMark: chunkSize })) hash.update(chunk as Buffer);
      return hash.digest('hex');
    },
    open: () => createReadStream(path, { highWaterMark: chunkSize }) as AsyncIterable<Uint8Array>,
  };
};
