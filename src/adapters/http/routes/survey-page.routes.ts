// src/adapters/http/routes/survey-page.routes.ts — the public survey page `/survey/<token>`: plain, accessible, mobile-friendly HTML, no script, no sign-in

import { acceptFormBodies, sendPublicHtml } from '../public-form.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/ports.js';
import { type PublicSurvey, answerByToken, readSurveyByToken } from '../../../app/survey-answers.js';
import { ZSurveyToken } from '../../../contracts/surveys.js';
import type { Locale } from '../../../domain/organisations/model.js';
import { type FieldIssue, isAppError } from '../../../domain/shared/errors.js';
import { type ScaleKind, type SurveyQuestion, scales } from '../../../domain/surveys/survey.js';
import { escapeHtml as e } from '../../reports/report-html-parts.js';
import { publicSurveyRateLimit } from './surveys.routes.js';

const words = {
  sv: {
    title: 'Enkät',
    send: 'Skicka svar',
    thanks: 'Tack för dina svar!',
    thanksText: 'Dina svar är sparade. Du kan stänga sidan.',
    used: 'Den här länken har redan använts',
    usedText: 'Varje enkätlänk kan bara användas en gång.',
    closed: 'Enkäten är avslutad',
    notFound: 'Enkäten hittades inte',
    notFoundText: 'Länken är felaktig eller har gått ut.',
    errors: 'Något behöver rättas:',
    required: 'obligatorisk',
    optional: 'frivillig',
    low: { csat: 'Mycket missnöjd', nps: 'Inte alls troligt', ces: 'Mycket svårt' },
    high: { csat: 'Mycket nöjd', nps: 'Mycket troligt', ces: 'Mycket lätt' },
    fix: 'Svara på frågan med ett av alternativen.',
    limited: 'För många försök. Vänta en stund och försök igen.',
  },
  en: {
    title: 'Survey',
    send: 'Send answers',
    thanks: 'Thank you for your answers!',
    thanksText: 'Your answers are saved. You may close this page.',
    used: 'This link has already been used',
    usedText: 'Each survey link can be used once.',
    closed: 'This survey is closed',
    notFound: 'Survey not found',
    notFoundText: 'The link is wrong or has expired.',
    errors: 'Please correct the following:',
    required: 'required',
    optional: 'optional',
    low: { csat: 'Very dissatisfied', nps: 'Not at all likely', ces: 'Very difficult' },
    high: { csat: 'Very satisfied', nps: 'Extremely likely', ces: 'Very easy' },
    fix: 'Answer the question with one of the options.',
    limited: 'Too many attempts. Wait a moment and try again.',
  },
} as const;

const css =
  'body{font:17px/1.5 system-ui,sans-serif;max-width:40rem;margin:1.5rem auto;padding:0 1rem;color:#1c2330}h1{font-size:1.5rem}' +
  'fieldset{border:1px solid #c5cbd3;border-radius:8px;margin:1.2rem 0;padding:.8rem 1rem}legend{font-weight:600;padding:0 .3rem}' +
  '.scale{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0}.scale label{display:flex;flex-direction:column;align-items:center;min-width:2.6rem;padding:.4rem;border:1px solid #c5cbd3;border-radius:6px}' +
  '.scale input{width:1.3rem;height:1.3rem}.ends{display:flex;justify-content:space-between;font-size:.85rem;color:#5d6675}' +
  'textarea{width:100%;min-height:6rem;font:inherit;box-sizing:border-box}button{font:inherit;padding:.7rem 1.4rem;background:#0b5c7a;color:#fff;border:0;border-radius:6px}' +
  '.muted{color:#5d6675;font-size:.9rem;font-weight:400}.error{color:#a4161a;font-weight:600}[role=alert]{border:2px solid #a4161a;border-radius:6px;padding:.5rem 1rem}a{color:#0b5c7a}';

const page = (lang: Locale, title: string, body: string, switchTo: string | null): string => {
  const other: Locale = lang === 'sv' ? 'en' : 'sv';
  const sw = switchTo ? `<p><a href="${e(switchTo)}?lang=${other}" lang="${other}">${other === 'sv' ? 'Svenska' : 'English'}</a></p>` : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${e(title)}</title><style>${css}</style></head><body><main>${sw}<h1>${e(title)}</h1>${body}</main></body></html>`;
};

const scaleHtml = (q: SurveyQuestion & { kind: ScaleKind }, lang: Locale, value: string | undefined): string => {
  const { min, max } = scales[q.kind];
  const w = words[lang];
  const options: string[] = [];
  for (let v = min; v <= max; v++)
    options.push(
      `<label><input type="radio" name="${e(q.id)}" value="${v}"${value === String(v) ? ' checked' : ''}${q.required && v === min ? ' required' : ''}>${v}</label>`,
    );
  return `<div class="scale">${options.join('')}</div><div class="ends" aria-hidden="true"><span>${min} = ${e(w.low[q.kind])}</span><span>${max} = ${e(w.high[q.kind])}</span></div>`;
};

const formHtml = (
  s: Extract<PublicSurvey, { state: 'open' }>,
  lang: Locale,
  action: string,
  values: Record<string, string>,
  issues: FieldIssue[],
): string => {
  const w = words[lang];
  const problem = new Map(issues.map((i) => [i.path.replace(/^answers\./, ''), i.message]));
  const summary = issues.length
    ? `<div role="alert"><p class="error">${e(w.errors)}</p><ul>${s.questions
        .filter((q) => problem.has(q.id))
        .map((q) => `<li><a href="#q-${e(q.id)}">${e(q.label[lang])}</a></li>`)
        .join('')}</ul></div>`
    : '';
  const fields = s.questions.map((q) => {
    const err = problem.has(q.id) ? `<p class="error" id="err-${e(q.id)}">${e(w.fix)}</p>` : '';
    const need = `<span class="muted"> (${e(q.required ? w.required : w.optional)})</span>`;
    const input =
      q.kind === 'text'
        ? `<textarea id="in-${e(q.id)}" name="${e(q.id)}" maxlength="2000">${e(values[q.id] ?? '')}</textarea>`
        : scaleHtml(q as SurveyQuestion & { kind: ScaleKind }, lang, values[q.id]);
    return q.kind === 'text'
      ? `<fieldset id="q-${e(q.id)}"><legend><label for="in-${e(q.id)}">${e(q.label[lang])}</label>${need}</legend>${err}${input}</fieldset>`
      : `<fieldset id="q-${e(q.id)}"${err ? ` aria-describedby="err-${e(q.id)}"` : ''}><legend>${e(q.label[lang])}${need}</legend>${err}${input}</fieldset>`;
  });
  return `${summary}<form method="post" action="${e(action)}">${fields.join('')}<button type="submit">${e(w.send)}</button></form>`;
};

const ZLang = z.object({ lang: z.enum(['sv', 'en']).optional() });
const ZForm = z.record(z.string().max(40), z.string().max(2000)).refine((r) => Object.keys(r).length <= 40);

/** `/survey/<token>?lang=sv|en`: the form; a POST of it records the answers once. */
export const surveyPageRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    acceptFormBodies(app, { bodyLimit: 65_536, skip: ['lang'] });
    const path = (token: string) => `/survey/${token}`;
    const stateHtml = (lang: Locale, s: PublicSurvey | null, token: string) => {
      const w = words[lang];
      if (!s) return { status: 404, html: page(lang, w.notFound, `<p>${e(w.notFoundText)}</p>`, null) };
      if (s.state === 'open')
        return { status: 200, html: page(lang, s.name, formHtml(s, lang, `${path(token)}?lang=${lang}`, {}, []), path(token)) };
      if (s.state === 'used') return { status: 409, html: page(lang, w.used, `<p>${e(w.usedText)}</p>`, null) };
      return { status: 409, html: page(lang, w.closed, '', null) };
    };
    app.get(
      '/survey/:token',
      { config: { public: true, rateLimit: publicSurveyRateLimit }, schema: { hide: true, params: ZSurveyToken, querystring: ZLang } },
      async (request, reply) => {
        const lang = request.query.lang ?? 'sv';
        const r = stateHtml(lang, await readSurveyByToken(deps, request.params.token), request.params.token);
        return sendPublicHtml(reply, r.status, r.html);
      },
    );
    app.post(
      '/survey/:token',
      {
        config: { public: true, rateLimit: publicSurveyRateLimit },
        schema: { hide: true, params: ZSurveyToken, querystring: ZLang, body: ZForm },
      },
      async (request, reply) => {
        const lang = request.query.lang ?? 'sv';
        const w = words[lang];
        const token = request.params.token;
        try {
          await answerByToken(deps, token, request.body);
          return sendPublicHtml(reply, 200, page(lang, w.thanks, `<p role="status">${e(w.thanksText)}</p>`, null));
        } catch (err) {
          if (!isAppError(err) || err.code !== 'CCQ_ERR_VALIDATION') {
            const r = stateHtml(lang, await readSurveyByToken(deps, token), token);
            return sendPublicHtml(reply, r.status === 200 ? 409 : r.status, r.html);
          }
          const s = await readSurveyByToken(deps, token);
          if (s?.state !== 'open') throw err;
          return sendPublicHtml(
            reply,
            400,
            page(lang, s.name, formHtml(s, lang, `${path(token)}?lang=${lang}`, request.body, err.issues), path(token)),
          );
        }
      },
    );
  };
