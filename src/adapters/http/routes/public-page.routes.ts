// src/adapters/http/routes/public-page.routes.ts — the client's customer-information page: its settings (signed in) and the public page (no sign-in)

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/ports.js';
import { configurePublicPage, getPublicPageConfig, readPublicPage } from '../../../app/public-contact-page.js';
import { ZError, ZIdParams } from '../../../contracts/common.js';
import { ZOpeningHours } from '../../../contracts/mandates.js';
import { type PublicPage, waitText } from '../../../domain/mandates/public-page.js';
import type { Locale } from '../../../domain/organisations/model.js';
import { AppError } from '../../../domain/shared/errors.js';
import { escapeHtml as e } from '../../reports/report-html-parts.js';
import { callerOf } from '../plugins/auth.js';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError };
const ZBoth = z.object({ sv: z.string().max(500), en: z.string().max(500) });
const ZSettings = z.object({
  enabled: z.boolean(),
  title: ZBoth,
  showChannels: z.boolean(),
  showOpeningHours: z.boolean(),
  cost: ZBoth.nullable(),
  showExpectedWait: z.boolean(),
});
const ZConfig = z.object({ settings: ZSettings, path: z.string().nullable(), updatedAt: z.string().nullable() });
const ZPublicPage = z.object({
  title: ZBoth,
  channels: z.array(z.string()).nullable(),
  openingHours: z.array(ZOpeningHours).nullable(),
  cost: ZBoth.nullable(),
  expectedWaitSeconds: z.number().nullable(),
  measuredFrom: z.string().nullable(),
  measuredTo: z.string().nullable(),
});
const ZToken = z.object({ token: z.string().min(20).max(100) });

const words = {
  sv: {
    channels: 'Så når du oss',
    hours: 'Öppettider',
    cost: 'Kostnad',
    wait: 'Väntetid just nu',
    closed: 'Stängt',
    measured: 'Genomsnitt för besvarade kontakter',
    days: { mon: 'Måndag', tue: 'Tisdag', wed: 'Onsdag', thu: 'Torsdag', fri: 'Fredag', sat: 'Lördag', sun: 'Söndag' },
    ch: {
      voice: 'Telefon',
      chat: 'Chatt',
      email: 'E-post',
      messaging: 'Meddelanden',
      callback: 'Återuppringning',
      social: 'Sociala medier',
      outbound: 'Utgående',
      video: 'Video',
      other: 'Övrigt',
    },
  },
  en: {
    channels: 'How to reach us',
    hours: 'Opening hours',
    cost: 'Cost',
    wait: 'Waiting time now',
    closed: 'Closed',
    measured: 'Average for answered contacts',
    days: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
    ch: {
      voice: 'Phone',
      chat: 'Chat',
      email: 'Email',
      messaging: 'Messaging',
      callback: 'Callback',
      social: 'Social media',
      outbound: 'Outbound',
      video: 'Video',
      other: 'Other',
    },
  },
} as const;

/** The page as plain, accessible HTML in one language, with a link to the other. */
const pageHtml = (p: PublicPage, lang: Locale, token: string): string => {
  const w = words[lang];
  const parts: string[] = [];
  if (p.channels)
    parts.push(
      `<h2>${e(w.channels)}</h2><ul>${p.channels.map((c) => `<li>${e((w.ch as Record<string, string>)[c] ?? c)}</li>`).join('')}</ul>`,
    );
  if (p.openingHours)
    parts.push(
      `<h2>${e(w.hours)}</h2>${p.openingHours
        .map(
          (h) =>
            `<table>${(Object.keys(w.days) as (keyof typeof w.days)[])
              .map(
                (d) =>
                  `<tr><th scope="row">${e(w.days[d])}</th><td>${h.week[d].length ? h.week[d].map((r) => `${e(r.from)}–${e(r.to)}`).join(', ') : e(w.closed)}</td></tr>`,
              )
              .join('')}</table>`,
        )
        .join('')}`,
    );
  if (p.cost) parts.push(`<h2>${e(w.cost)}</h2><p>${e(p.cost[lang])}</p>`);
  parts.push(
    `<h2>${e(w.wait)}</h2><p><strong>${e(waitText(p.expectedWaitSeconds, lang))}</strong>${p.measuredFrom ? ` <span class="muted">(${e(w.measured)}, ${e(p.measuredFrom)} – ${e(p.measuredTo)})</span>` : ''}</p>`,
  );
  const other: Locale = lang === 'sv' ? 'en' : 'sv';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(p.title[lang])}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1c2330}h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:1.6rem}th{text-align:left;padding-right:1.5rem;font-weight:600}.muted{color:#5d6675;font-size:.9rem}a{color:#0b5c7a}</style>
</head><body><main><p><a href="/contact/${e(token)}?lang=${other}" lang="${other}">${other === 'sv' ? 'Svenska' : 'English'}</a></p><h1>${e(p.title[lang])}</h1>${parts.join('')}</main></body></html>`;
};

export const publicPageSettingsRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['mandates'];
    app.get(
      '/relationships/:id/public-page',
      {
        schema: {
          tags,
          summary: 'The settings of the relationship’s public customer-information page',
          params: ZIdParams,
          response: { 200: ZConfig, ...errors },
        },
      },
      async (request) => getPublicPageConfig(deps, callerOf(request), request.params.id),
    );
    app.put(
      '/relationships/:id/public-page',
      {
        schema: {
          tags,
          summary: 'The client chooses what its public customer-information page shows (ISO 18295-1 4.2); the link stays the same',
          params: ZIdParams,
          body: ZSettings,
          response: { 200: ZConfig, ...errors },
        },
      },
      async (request) => configurePublicPage(deps, callerOf(request), request.params.id, request.body),
    );
    app.get(
      '/public/contact/:token',
      {
        config: { public: true },
        schema: {
          tags: ['public'],
          summary: 'A published customer-information page as JSON (no sign-in; the token is the link)',
          params: ZToken,
          response: { 200: ZPublicPage, 404: ZError },
        },
      },
      async (request) => {
        const page = await readPublicPage(deps, request.params.token);
        if (!page) throw new AppError('CCQ_ERR_NOT_FOUND');
        return page;
      },
    );
  };

/** The public HTML page, outside the API: `/contact/<token>?lang=sv|en`. */
export const publicPageHtmlRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/contact/:token',
      {
        config: { public: true },
        schema: { hide: true, params: ZToken, querystring: z.object({ lang: z.enum(['sv', 'en']).optional() }) },
      },
      async (request, reply) => {
        const page = await readPublicPage(deps, request.params.token);
        if (!page) throw new AppError('CCQ_ERR_NOT_FOUND');
        return reply
          .header('content-type', 'text/html; charset=utf-8')
          .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'public, max-age=300')
          .send(pageHtml(page, request.query.lang ?? 'sv', request.params.token));
      },
    );
  };
