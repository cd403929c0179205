// src/web/lib/api.ts — typed fetch helper for the ccq API: JSON in and out, the CSRF header, errors with codes

/** A failed API call: the stable `CCQ_ERR_*` code, the server's message and any field issues. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: { path: string; message: string }[];

  constructor(status: number, code: string, message: string, issues: { path: string; message: string }[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

/** Code used when the server could not be reached at all. */
export const NETWORK_ERROR = 'CCQ_WEB_NETWORK';

let csrfToken: string | null = null;
const unauthorizedListeners = new Set<() => void>();

/** Remembers the session's CSRF token (from TMe) for every state-changing request. */
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

/** Called when any request other than sign-in answers 401: the session is gone. */
export const onUnauthorized = (listener: () => void): (() => void) => {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const isErrorBody = (v: unknown): v is { error: { code: string; message: string; issues?: { path: string; message: string }[] } } =>
  typeof v === 'object' && v !== null && 'error' in v && typeof (v as { error: unknown }).error === 'object';

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (method !== 'GET') {
    if (body instanceof FormData) {
      // A file upload: the browser sets the multipart content type and its boundary itself.
      init.body = body;
    } else {
      // The server expects JSON on every other state-changing request, even an empty one.
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body ?? {});
    }
    if (csrfToken) headers['x-ccq-csrf'] = csrfToken;
  }
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError(0, NETWORK_ERROR, 'network error');
  }
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const err = isErrorBody(data)
      ? new ApiError(res.status, data.error.code, data.error.message, data.error.issues ?? [])
      : new ApiError(res.status, res.status >= 500 ? 'CCQ_ERR_INTERNAL' : 'CCQ_ERR_BAD_REQUEST', res.statusText);
    if (res.status === 401 && path !== '/api/v1/auth/login') for (const l of unauthorizedListeners) l();
    throw err;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body),
  /** A multipart/form-data upload (files with their fields), with the same CSRF header and errors. */
  postForm: <T>(path: string, form: FormData) => request<T>('POST', path, form),
};
