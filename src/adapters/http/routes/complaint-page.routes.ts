// src/adapters/http/routes/complaint-page.routes.ts — the public complaint form as plain accessible HTML (no script), Swedish and English

import { acceptFormBodies, sendPublicHtml } from '../public-form.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { filePublicComplaint, readComplaintForm } from '../../../app/complaint-form.js';
import type { Deps } from '../../../app/ports.js';
import { ZPublicComplaint } from '../../../contracts/complaints.js';
import { complaintCategories } from '../../../domain/complaints/complaint.js';
import type { Locale } from '../../../domain/organisations/model.js';
import { AppError } from '../../../domain/shared/errors.js';
import { escapeHtml as e } from '../../reports/report-html-parts.js';
import { publicComplaintRateLimit, publicInput } from './complaints.routes.js';

const words = {
  sv: {
    title: (client: string) => `Lämna ett klagomål till ${client}`,
    intro: 'Berätta vad som hände. Vi bekräftar ditt klagomål inom två dagar och svarar inom 14 dagar.',
    description: 'Vad vill du klaga på?',
    descriptionHint: 'Beskriv gärna när det hände och vad du förväntade dig.',
    category: 'Vad gäller det? (frivilligt)',
    none: 'Välj…',
    contact: 'Hur når vi dig? (frivilligt)',
    contactHint: 'Vi använder uppgifterna bara för att svara dig och raderar dem om du ber om det.',
    name: 'Namn',
    email: 'E-post',
    phone: 'Telefon',
    send: 'Skicka klagomålet',
    errors: 'Något behöver rättas:',
    thanks: 'Tack, vi har tagit emot ditt klagomål',
    reference: 'Ditt referensnummer',
    keep: 'Spara numret och ange det om du kontaktar oss om ärendet.',
    categories: {
      waiting_time: 'Väntetid',
      staff_conduct: 'Bemötande',
      wrong_information: 'Felaktig information',
      not_resolved: 'Ärendet löstes inte',
      accessibility: 'Tillgänglighet',
      product_or_terms: 'Produkt eller villkor',
      billing: 'Fakturering',
      data_privacy: 'Personuppgifter',
      other: 'Annat',
    },
  },
  en: {
    title: (client: string) => `Make a complaint to ${client}`,
    intro: 'Tell us what happened. We acknowledge your complaint within two days and answer within 14 days.',
    description: 'What is your complaint?',
    descriptionHint: 'If you can, say when it happened and what you expected.',
    category: 'What is it about? (optional)',
    none: 'Choose…',
    contact: 'How can we reach you? (optional)',
    contactHint: 'We use these details only to answer you and erase them if you ask us to.',
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    send: 'Send the complaint',
    errors: 'Please correct the following:',
    thanks: 'Thank you, we have received your complaint',
    reference: 'Your reference number',
    keep: 'Keep the number and quote it if you contact us about the complaint.',
    categories: {
      waiting_time: 'Waiting time',
      staff_conduct: 'How we treated you',
      wrong_information: 'Wrong information',
      not_resolved: 'The matter was not resolved',
      accessibility: 'Accessibility',
      product_or_terms: 'Product or terms',
      billing: 'Billing',
      data_privacy: 'Personal data',
      other: 'Other',
    },
  },
} as const;

type Values = Record<'description' | 'category' | 'name' | 'email' | 'phone', string>;
type FieldError = { field: keyof Values; message: string };

const style =
  'body{font:17px/1.5 system-ui,sans-serif;max-width:38rem;margin:2rem auto;padding:0 1rem;color:#1c2330}h1{font-size:1.5rem}' +
  'label{display:block;font-weight:600;margin-top:1rem}.hint{color:#4a5463;font-size:.92rem;margin:.15rem 0}' +
  'input,select,textarea{font:inherit;width:100%;box-sizing:border-box;padding:.55rem;border:1px solid #7a8494;border-radius:6px}' +
  'textarea{min-height:9rem}fieldset{border:1px solid #c9ced6;border-radius:8px;margin-top:1.2rem}legend{font-weight:600}' +
  'button{font:inherit;margin-top:1.4rem;padding:.7rem 1.3rem;background:#0b5c7a;color:#fff;border:0;border-radius:6px;cursor:pointer}' +
  ':focus-visible{outline:3px solid #f0a500;outline-offset:2px}.error{color:#a11d1d}.summary{border:2px solid #a11d1d;padding:.5rem 1rem;border-radius:6px}' +
  '.ref{font-size:1.6rem;font-weight:700;letter-spacing:.05em}a{color:#0b5c7a}';

const shell = (lang: Locale, title: string, token: string, body: string): string => {
  const other: Locale = lang === 'sv' ? 'en' : 'sv';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${e(title)}</title><style>${style}</style></head><body><main><p><a href="/complaint/${e(token)}?lang=${other}" lang="${other}">${other === 'sv' ? 'Svenska' : 'English'}</a></p>${body}</main></body></html>`;
};

const formHtml = (lang: Locale, client: string, token: string, v: Values, errors: FieldError[]): string => {
  const w = words[lang];
  const err = (f: keyof Values) => errors.find((x) => x.field === f);
  const described = (f: keyof Values, hint?: string) => [hint, err(f) ? `${f}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const attrs = (f: keyof Values, hint?: string) => {
    const d = described(f, hint);
    return `id="${f}" name="${f}"${d ? ` aria-describedby="${d}"` : ''}${err(f) ? ' aria-invalid="true"' : ''}`;
  };
  const errorText = (f: keyof Values) => (err(f) ? `<p class="error" id="${f}-error">${e(err(f)?.message ?? '')}</p>` : '');
  const summary = errors.length
    ? `<div class="summary" role="alert"><p>${e(w.errors)}</p><ul>${errors.map((x) => `<li><a href="#${x.field}">${e(x.message)}</a></li>`).join('')}</ul></div>`
    : '';
  const options = complaintCategories
    .map((c) => `<option value="${c}"${v.category === c ? ' selected' : ''}>${e(w.categories[c])}</option>`)
    .join('');
  const input = (f: 'name' | 'email' | 'phone', type: string, auto: string) =>
    `<label for="${f}">${e(w[f])}</label>${errorText(f)}<input type="${type}" autocomplete="${auto}" ${attrs(f, 'contact-hint')} value="${e(v[f])}">`;
  const body = `<h1>${e(w.title(client))}</h1><p>${e(w.intro)}</p>${summary}
<form method="post" action="/complaint/${e(token)}?lang=${lang}" novalidate>
<label for="description">${e(w.description)}</label><p class="hint" id="description-hint">${e(w.descriptionHint)}</p>${errorText('description')}
<textarea ${attrs('description', 'description-hint')} required maxlength="4000">${e(v.description)}</textarea>
<label for="category">${e(w.category)}</label>${errorText('category')}<select ${attrs('category')}><option value="">${e(w.none)}</option>${options}</select>
<fieldset><legend>${e(w.contact)}</legend><p class="hint" id="contact-hint">${e(w.contactHint)}</p>
${input('name', 'text', 'name')}${input('email', 'email', 'email')}${input('phone', 'tel', 'tel')}</fieldset>
<button type="submit">${e(w.send)}</button></form>`;
  return shell(lang, w.title(client), token, body);
};

const thanksHtml = (lang: Locale, client: string, token: string, reference: string): string => {
  const w = words[lang];
  return shell(
    lang,
    w.thanks,
    token,
    `<h1>${e(w.thanks)}</h1><p>${e(w.reference)}:</p><p class="ref" id="reference">${e(reference)}</p><p>${e(w.keep)}</p><p>${e(client)}</p>`,
  );
};

const fieldMessages: Record<Locale, Record<keyof Values, string>> = {
  sv: {
    description: 'Beskriv klagomålet med minst fem tecken (högst 4 000).',
    category: 'Välj ett av alternativen.',
    name: 'Namnet får vara högst 200 tecken.',
    email: 'Skriv en giltig e-postadress, eller lämna fältet tomt.',
    phone: 'Telefonnumret får bara innehålla siffror, mellanslag och + ( ) -.',
  },
  en: {
    description: 'Describe the complaint in at least five characters (at most 4,000).',
    category: 'Choose one of the options.',
    name: 'The name may be at most 200 characters.',
    email: 'Enter a valid email address, or leave it empty.',
    phone: 'The phone number may contain only digits, spaces and + ( ) -.',
  },
};

const ZToken = z.object({ token: z.string().min(20).max(100) });
const ZLang = z.object({ lang: z.enum(['sv', 'en']).optional() });
const empty: Values = { description: '', category: '', name: '', email: '', phone: '' };

/** `/complaint/<token>?lang=sv|en`: the form (GET) and its submission (POST, form-encoded, rate-limited). */
export const complaintPageRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    acceptFormBodies(app, { bodyLimit: 20_000 });
    app.get(
      '/complaint/:token',
      {
        config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
        schema: { hide: true, params: ZToken, querystring: ZLang },
      },
      async (request, reply) => {
        const form = await readComplaintForm(deps, request.params.token);
        if (!form) throw new AppError('CCQ_ERR_NOT_FOUND');
        return sendPublicHtml(reply, 200, formHtml(request.query.lang ?? 'sv', form.clientName, request.params.token, empty, []));
      },
    );
    app.post(
      '/complaint/:token',
      {
        config: { public: true, rateLimit: publicComplaintRateLimit },
        schema: { hide: true, params: ZToken, querystring: ZLang },
      },
      async (request, reply) => {
        const lang = request.query.lang ?? 'sv';
        const token = request.params.token;
        const form = await readComplaintForm(deps, token);
        if (!form) throw new AppError('CCQ_ERR_NOT_FOUND');
        const raw = (request.body ?? {}) as Record<string, unknown>;
        const values: Values = { ...empty };
        for (const k of Object.keys(empty) as (keyof Values)[])
          values[k] = typeof raw[k] === 'string' ? (raw[k] as string).slice(0, 5000) : '';
        const parsed = ZPublicComplaint.safeParse(values);
        if (!parsed.success) {
          const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? 'description')))] as (keyof Values)[];
          const errors = fields.filter((f) => f in empty).map((f) => ({ field: f, message: fieldMessages[lang][f] }));
          return sendPublicHtml(reply, 400, formHtml(lang, form.clientName, token, values, errors));
        }
        const r = await filePublicComplaint(deps, token, publicInput(parsed.data));
        if (!r) throw new AppError('CCQ_ERR_NOT_FOUND');
        return sendPublicHtml(reply, 200, thanksHtml(lang, form.clientName, token, r.reference));
      },
    );
  };
