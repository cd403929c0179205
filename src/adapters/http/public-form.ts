// src/adapters/http/public-form.ts — what the public HTML forms (survey, complaint, employee pulse) share: the inert-page headers and form-encoded bodies

import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * A public page is HTML without scripts that posts only to itself, is never framed, sends no
 * referrer and is never cached (it may show what a customer just typed).
 */
export const sendPublicHtml = (reply: FastifyReply, status: number, html: string): FastifyReply =>
  reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-store')
    .send(html);

/**
 * Plain HTML forms post form-encoded bodies; parsed into flat strings (the last of a repeated name
 * wins) for the calling plugin's routes only. `skip` leaves out fields such as the language.
 */
export const acceptFormBodies = (app: FastifyInstance, o: { bodyLimit: number; skip?: readonly string[] }): void => {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: o.bodyLimit }, (_req, body, done) => {
    const out: Record<string, string> = {};
    for (const [k, v] of new URLSearchParams(String(body))) if (!o.skip?.includes(k)) out[k] = v;
    done(null, out);
  });
};
