// src/web/app/App.tsx — the root: who is signed in, which language, and which page to show

import { Center, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TMe } from '../../contracts/auth.js';
import type { Locale } from '../../i18n/index.js';
import { LoginPage } from '../auth/LoginPage.js';
import { ErrorAlert } from '../components/errors.js';
import { ApiError, api, onUnauthorized, setCsrfToken } from '../lib/api.js';
import { I18nProvider, browserLocale, storeLocale, storedLocale, useI18n } from '../lib/i18n.js';
import { navigate } from '../lib/router.js';
import { type Session, SessionProvider, activeMembership } from '../lib/session.js';
import { AppLayout } from './AppLayout.js';
import { Routes } from './Routes.js';

/** undefined while the first /me is in flight, null when signed out. */
type MeState = TMe | null | undefined;

export function App() {
  const [locale, setLocaleState] = useState<Locale>(() => storedLocale() ?? browserLocale());
  const [me, setMeState] = useState<MeState>(undefined);
  const [bootError, setBootError] = useState<unknown>(null);

  const setMe = useCallback((next: TMe | null) => {
    // Keep the token we have if a response leaves it out; drop it on sign-out.
    if (next === null) setCsrfToken(null);
    else if (next.csrfToken) setCsrfToken(next.csrfToken);
    setMeState(next);
    // A choice made on this device wins; otherwise follow the account's language.
    if (next && !storedLocale()) setLocaleState(next.user.locale);
  }, []);

  const loadMe = useCallback(() => {
    setBootError(null);
    api.get<TMe>('/api/v1/me').then(setMe, (e: unknown) => {
      if (e instanceof ApiError && e.status === 401) setMe(null);
      else setBootError(e);
    });
  }, [setMe]);

  useEffect(loadMe, [loadMe]);
  useEffect(() => onUnauthorized(() => setMe(null)), [setMe]);

  const setLocale = useCallback(
    (next: Locale) => {
      setLocaleState(next);
      storeLocale(next);
      if (me && me.user.locale !== next) {
        api.patch<TMe>('/api/v1/me', { locale: next }).then(
          (updated) => {
            if (updated.csrfToken) setCsrfToken(updated.csrfToken);
            setMeState(updated);
          },
          () => {
            // Remembered on this device anyway; the account keeps its old language.
          },
        );
      }
    },
    [me],
  );

  const session = useMemo<Session | null>(() => {
    if (!me) return null;
    return {
      me,
      active: activeMembership(me),
      switchOrganisation: async (organisationId: string) => {
        setMe(await api.put<TMe>('/api/v1/me/organisation', { organisationId }));
      },
      logout: async () => {
        try {
          await api.post('/api/v1/auth/logout', {});
        } finally {
          setMe(null);
          navigate('/');
        }
      },
    };
  }, [me, setMe]);

  useEffect(() => {
    document.title = session?.active ? `${session.active.organisationName} · ccq` : 'ccq';
  }, [session]);

  return (
    <I18nProvider locale={locale} setLocale={setLocale}>
      {me === undefined ? (
        <Booting error={bootError} onRetry={loadMe} />
      ) : session === null ? (
        <LoginPage onSignedIn={setMe} />
      ) : (
        <SessionProvider value={session}>
          <AppLayout>
            <Routes />
          </AppLayout>
        </SessionProvider>
      )}
    </I18nProvider>
  );
}

function Booting({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Center mih="100vh" p="md">
      {error ? (
        <ErrorAlert error={error} onRetry={onRetry} />
      ) : (
        <Stack align="center" gap="xs">
          <Loader size="sm" aria-hidden="true" />
          <Text c="dimmed" size="sm" role="status">
            {t.app.loading}
          </Text>
        </Stack>
      )}
    </Center>
  );
}
