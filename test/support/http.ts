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
