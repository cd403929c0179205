// src/web/lib/i18n.tsx — the active locale for React: context, hook and the remembered choice

import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react';
import { type Locale, type Messages, isLocale, localeFromLanguageTag, messages } from '../../i18n/index.js';

const STORAGE_KEY = 'ccq.locale';

/** The locale chosen on this device, if any. */
export const storedLocale = (): Locale | null => {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
};

export const storeLocale = (locale: Locale): void => {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or blocked storage: the choice then lasts for this page only.
  }
};

export const browserLocale = (): Locale => localeFromLanguageTag(navigator.language);

type I18n = { locale: Locale; t: Messages; setLocale: (locale: Locale) => void };

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ locale, setLocale, children }: { locale: Locale; setLocale: (l: Locale) => void; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, t: messages(locale), setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
};
