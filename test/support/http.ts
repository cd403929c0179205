// test/support/http.ts — a signed-in HTTP client over app.inject(): keeps the cookie and sends the CSRF token

import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

export type HttpClient = {
  email: string;
  cookie: string;
  csrf: string;
  request: (method: string, url: string, body?: unknown, headers?: Record<string, string>) => Promise<LightMyRequestResponse>;
};

export const sessionCookieOf = (res: LightMyRequestResponse): string => {
  const c = res.cookies.find((x) => x.name === 'ccq_session');
  if (!c) throw new Error(`no session cookie (status ${res.statusCode}: ${res.body})`);
  return `${c.name}=${c.value}`;
};

export const signInAs = async (app: FastifyInstance, email: string, password: string): Promise<HttpClient> => {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = sessionCookieOf(res);
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return {
    email,
    cookie,
    csrf,
    request: (method, url, body, headers = {}) => {
      const opts: InjectOptions = {
        method: method as InjectOptions['method'],
        url,
        headers: { cookie, 'x-ccq-csrf': csrf, ...headers },
        ...(body !== undefined ? { payload: body as InjectOptions['payload'] } : {}),
      };
      return app.inject(opts);
    },
  };
};

/** A multipart/form-data body as a browser or curl sends it: text fields and file parts, in order. */
export const multipart = (parts: { name: string; filename?: string; contentType?: string; content: string | Buffer }[]) => {
  const boundary = 'ccq-test-boundary-7d1f';
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const head =
      `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}\r\n` +
      `${p.filename ? `Content-Type: ${p.contentType ?? 'text/csv'}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head), Buffer.isBuffer(p.content) ? p.content : Buffer.from(p.content), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
};
