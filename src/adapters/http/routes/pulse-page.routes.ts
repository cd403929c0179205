// src/adapters/http/routes/pulse-page.routes.ts — the employee's anonymous pulse form (`/pulse/<token>?lang=sv|en`): plain accessible HTML, no sign-in, no script

import { acceptFormBodies, sendPublicHtml } from '../public-form.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { answerPulse, pulseForm } from '../../../app/manage-pulse.js';
import type { Deps } from '../../../app/ports.js';
import { ZPulseToken } from '../../../contracts/people.js';
import type { EngagementItem } from '../../../domain/people/pulse.js';
import type { Locale } from '../../../domain/organisations/model.js';
import { isAppError } from '../../../domain/shared/errors.js';
import { escapeHtml as e } from '../../reports/report-html-parts.js';
import { publicPulseRateLimit } from './people.routes.js';

const words = {
  sv: {
    other: 'English',
    intro: 'Dina svar är anonyma: de sparas bara med din grupp, och resultat visas bara för grupper med minst fem svar.',
    enps: 'Hur troligt är det att du skulle rekommendera oss som arbetsplats till en vän? (0 = inte alls, 10 = mycket troligt)',
    scale: 'Hur väl stämmer påståendet? (1 = inte alls, 5 = helt)',
    items: {
      clear_expectations: 'Jag vet vad som förväntas av mig i arbetet.',
      tools: 'Jag har de verktyg och den information jag behöver.',
      recognition: 'Jag får erkännande när jag gör ett bra jobb.',
      lead_support: 'Min teamledare stöttar min utveckling.',
      stay: 'Jag ser mig själv arbeta här om ett år.',
    } satisfies Record<EngagementItem, string>,
    send: 'Skicka svar',
    required: 'Svara på alla frågor.',
    thanks: 'Tack för ditt svar!',
    gone: 'Länken går inte att använda',
    goneText: 'Länken är okänd, redan använd eller så är mätningen stängd.',
  },
  en: {
    other: 'Svenska',
    intro: 'Your answers are anonymous: they are stored only with your group, and results are shown only for groups of at least five.',
    enps: 'How likely is it that you would recommend us as a place to work to a friend? (0 = not at all, 10 = very likely)',
    scale: 'How well does the statement fit? (1 = not at all, 5 = completely)',
    items: {
      clear_expectations: 'I know what is expected of me at work.',
      tools: 'I have the tools and information I need.',
      recognition: 'I get recognition when I do good work.',
      lead_support: 'My team lead supports my development.',
      stay: 'I see myself working here a year from now.',
    } satisfies Record<EngagementItem, string>,
    send: 'Send answers',
    required: 'Answer every question.',
    thanks: 'Thank you for your answer!',
    gone: 'This link cannot be used',
    goneText: 'The link is unknown, already used, or the survey is closed.',
  },
} as const;

const page = (lang: Locale, title: string, body: string, token: string | null): string => {
  const other: Locale = lang === 'sv' ? 'en' : 'sv';
  const switcher = token ? `<p><a href="/pulse/${e(token)}?lang=${other}" lang="${other}">${e(words[lang].other)}</a></p>` : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)}</title>
<style>body{font:17px/1.5 system-ui,sans-serif;max-width:40rem;margin:1.5rem auto;padding:0 1rem;color:#1c2330}fieldset{border:1px solid #c9ced6;border-radius:8px;margin:1rem 0;padding:.75rem 1rem}legend{font-weight:600;padding:0 .25rem}.opts{display:flex;flex-wrap:wrap;gap:.4rem}.opts label{display:inline-flex;align-items:center;gap:.25rem;min-width:2.75rem;min-height:2.75rem;padding:0 .5rem;border:1px solid #c9ced6;border-radius:6px}.err{color:#a4161a;font-weight:600}button{font:inherit;padding:.7rem 1.4rem;border-radius:8px;border:0;background:#0b5c7a;color:#fff}a{color:#0b5c7a}input:focus-visible,button:focus-visible{outline:3px solid #f0a202}</style>
</head><body><main>${switcher}<h1>${e(title)}</h1>${body}</main></body></html>`;
};

const radios = (name: string, from: number, to: number, checked: string | undefined) =>
  `<div class="opts">${Array.from({ length: to - from + 1 }, (_, i) => from + i)
    .map((v) => `<label><input type="radio" name="${name}" value="${v}" required${checked === String(v) ? ' checked' : ''}>${v}</label>`)
    .join('')}</div>`;

const formHtml = (lang: Locale, token: string, items: string[], values: Record<string, string>, failed: boolean): string => {
  const w = words[lang];
  const err = failed ? `<p class="err" role="alert">${e(w.required)}</p>` : '';
  const fields = [
    `<fieldset><legend>${e(w.enps)}</legend>${radios('enps', 0, 10, values.enps)}</fieldset>`,
    ...items.map(
      (id, i) =>
        `<fieldset><legend>${e((w.items as Record<string, string>)[id] ?? id)}</legend><p>${e(w.scale)}</p>${radios(`e${i}`, 1, 5, values[`e${i}`])}</fieldset>`,
    ),
  ];
  return `<p>${e(w.intro)}</p>${err}<form method="post" action="/pulse/${e(token)}?lang=${lang}">${fields.join('')}<button type="submit">${e(w.send)}</button></form>`;
};

const ZLang = z.object({ lang: z.enum(['sv', 'en']).optional() });
const ZForm = z.record(z.string().max(10), z.string().max(10)).refine((r) => Object.keys(r).length <= 10);

export const pulsePageRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    acceptFormBodies(app, { bodyLimit: 4_096 });
    const gone = (lang: Locale) => page(lang, words[lang].gone, `<p>${e(words[lang].goneText)}</p>`, null);
    app.get(
      '/pulse/:token',
      { config: { public: true, rateLimit: publicPulseRateLimit }, schema: { hide: true, params: ZPulseToken, querystring: ZLang } },
      async (request, reply) => {
        const lang = request.query.lang ?? 'sv';
        const form = await pulseForm(deps, request.params.token).catch(() => null);
        if (!form) return sendPublicHtml(reply, 404, gone(lang));
        return sendPublicHtml(
          reply,
          200,
          page(lang, form.title, formHtml(lang, request.params.token, form.items, {}, false), request.params.token),
        );
      },
    );
    app.post(
      '/pulse/:token',
      {
        config: { public: true, rateLimit: publicPulseRateLimit },
        schema: { hide: true, params: ZPulseToken, querystring: ZLang, body: ZForm },
      },
      async (request, reply) => {
        const lang = request.query.lang ?? 'sv';
        const { token } = request.params;
        const v = request.body;
        const num = (x: string | undefined) => (x !== undefined && /^\d{1,2}$/.test(x) ? Number(x) : Number.NaN);
        try {
          await answerPulse(deps, token, { enps: num(v.enps), engagement: [0, 1, 2, 3, 4].map((i) => num(v[`e${i}`])) });
          return sendPublicHtml(reply, 200, page(lang, words[lang].thanks, `<p role="status">${e(words[lang].thanks)}</p>`, null));
        } catch (err) {
          const form = await pulseForm(deps, token).catch(() => null);
          if (!form || !isAppError(err) || err.code !== 'CCQ_ERR_VALIDATION') return sendPublicHtml(reply, 404, gone(lang));
          return sendPublicHtml(reply, 400, page(lang, form.title, formHtml(lang, token, form.items, v, true), token));
        }
      },
    );
  };
