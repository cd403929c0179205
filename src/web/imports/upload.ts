// src/web/imports/upload.ts — sends a contact-data file as multipart/form-data with upload progress (fetch cannot report it; XHR can)

import type { z } from 'zod';
import type { TImportRun, ZImportFormat } from '../../contracts/contact-data.js';
import { ApiError, NETWORK_ERROR, api } from '../lib/api.js';

export type ImportFormat = z.infer<typeof ZImportFormat>;
export const importFormats = ['queue_log', 'csv', 'jsonl'] as const satisfies readonly ImportFormat[];
export const csvMappings = ['canonical', 'anonymous-bank', 'vicidial-closer-log'] as const;
export type CsvMapping = (typeof csvMappings)[number];

export type UploadOptions = {
  file: File;
  format: ImportFormat;
  mapping?: CsvMapping;
  timeZone?: string;
  force: boolean;
  /** The session's CSRF token (TMe.csrfToken), sent as the api helper sends it on every change. */
  csrfToken: string | null;
  /** The organisation the user sees as active: the server refuses the upload if the session has moved on. */
  organisationId: string | null;
  onProgress: (sent: number, total: number) => void;
};

export type Upload = { done: Promise<TImportRun>; abort: () => void };

type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };
const isErrorBody = (v: unknown): v is ErrorBody =>
  typeof v === 'object' && v !== null && 'error' in v && typeof (v as ErrorBody).error === 'object';

const uploadPath = (o: UploadOptions): string => {
  const q = new URLSearchParams({ format: o.format });
  if (o.format === 'csv' && o.mapping) q.set('mapping', o.mapping);
  if (o.timeZone?.trim()) q.set('tz', o.timeZone.trim());
  if (o.force) q.set('force', 'true');
  return `/api/v1/imports?${q.toString()}`;
};

/** The answer's body as a run, or an ApiError with the server's code, like the api helper's. */
const settle = (xhr: XMLHttpRequest): TImportRun => {
  let data: unknown = null;
  try {
    data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
  } catch {
    data = null;
  }
  if (xhr.status >= 200 && xhr.status < 300) return data as TImportRun;
  if (isErrorBody(data)) throw new ApiError(xhr.status, data.error.code, data.error.message, data.error.issues ?? []);
  throw new ApiError(
    xhr.status,
    xhr.status >= 500 ? 'CCQ_ERR_INTERNAL' : xhr.status === 413 ? 'CCQ_ERR_PAYLOAD_TOO_LARGE' : 'CCQ_ERR_BAD_REQUEST',
    xhr.statusText,
  );
};

/**
 * Starts the upload. The browser sets the multipart content type and boundary itself, so none is set
 * here. The server answers 202 with a running import (or 200 when the same bytes were imported
 * before) once the whole file has arrived.
 */
export const uploadContactFile = (o: UploadOptions): Upload => {
  const xhr = new XMLHttpRequest();
  const done = new Promise<TImportRun>((resolve, reject) => {
    xhr.open('POST', uploadPath(o));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    if (o.csrfToken) xhr.setRequestHeader('x-ccq-csrf', o.csrfToken);
    if (o.organisationId) xhr.setRequestHeader('x-ccq-org', o.organisationId);
    xhr.upload.onprogress = (e) => o.onProgress(e.loaded, e.lengthComputable ? e.total : o.file.size);
    xhr.onerror = () => reject(new ApiError(0, NETWORK_ERROR, 'network error'));
    xhr.onabort = () => reject(new ApiError(0, NETWORK_ERROR, 'aborted'));
    xhr.onload = () => {
      try {
        resolve(settle(xhr));
      } catch (e) {
        // A lost session is noticed by the app through the api helper, which signs the user out.
        if (e instanceof ApiError && e.status === 401) void api.get('/api/v1/me').catch(() => undefined);
        reject(e);
      }
    };
    const body = new FormData();
    body.append('file', o.file, o.file.name);
    xhr.send(body);
  });
  return { done, abort: () => xhr.abort() };
};
