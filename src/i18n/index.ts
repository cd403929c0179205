// src/i18n/index.ts — the message catalogue per locale, locale detection and the Intl formatting helpers

import { type Locale, locales } from '../domain/organisations/model.js';
import { en } from './en.js';
import { type Messages, sv } from './sv.js';

export type { Locale } from '../domain/organisations/model.js';
export type { Messages } from './sv.js';
export { formatDate, formatDateTime, formatNumber, formatPercent, localeTag, localeTags, pluralCategory } from './format.js';

const catalogues: Record<Locale, Messages> = { sv, en };

export const messages = (locale: Locale): Messages => catalogues[locale];

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (locales as readonly string[]).includes(value);

/** Swedish for any Swedish language tag (sv, sv-SE, sv-FI), English otherwise. */
export const localeFromLanguageTag = (tag: string | null | undefined): Locale => (tag?.toLowerCase().startsWith('sv') ? 'sv' : 'en');
