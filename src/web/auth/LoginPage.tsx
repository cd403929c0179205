// src/web/auth/LoginPage.tsx — sign in with email and password; failures never tell which part was wrong

import { Alert, Box, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { TMe } from '../../contracts/auth.js';
import { LanguageSwitch } from '../app/HeaderControls.js';
import { errorText } from '../components/errors.js';
import { IconAlert } from '../components/icons.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';

export function LoginPage({ onSignedIn }: { onSignedIn: (me: TMe) => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const emailError = touched && !email.trim() ? t.login.emailRequired : null;
  const passwordError = touched && !password ? t.login.passwordRequired : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!email.trim() || !password) return;
    setBusy(true);
    setError(null);
    try {
      const me = await api.post<TMe>('/api/v1/auth/login', { email: email.trim(), password });
      onSignedIn(me);
    } catch (err) {
      setError(err);
      setPassword('');
      setTouched(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box className="ccq-login">
      <header className="ccq-login-top">
        <span className="ccq-brand">
          <span className="ccq-brand-mark" aria-hidden="true" />
          <span className="ccq-brand-name">{t.app.name}</span>
        </span>
        <LanguageSwitch />
      </header>
      <main className="ccq-login-main">
        <Paper withBorder radius="md" p={{ base: 'lg', sm: 36 }} w="100%" maw={420} shadow="xs">
          <Stack gap={6} mb="lg">
            <Title order={1} fz={24} fw={650}>
              {t.login.title}
            </Title>
            <Text c="dimmed" size="sm">
              {t.login.intro}
            </Text>
          </Stack>
          <form onSubmit={submit} noValidate aria-describedby={error ? 'login-error' : undefined}>
            <Stack gap="md">
              <TextInput
                label={t.login.email}
                type="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={emailError}
                withAsterisk
                autoFocus
              />
              <PasswordInput
                label={t.login.password}
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={passwordError}
                withAsterisk
                visibilityToggleButtonProps={{ 'aria-label': t.login.showPassword }}
              />
              {error !== null && (
                <Alert id="login-error" color="red" variant="light" role="alert" icon={<IconAlert />} title={t.login.failedTitle}>
                  {errorText(t, error)}
                </Alert>
              )}
              <Button type="submit" loading={busy} fullWidth mt="xs">
                {t.login.submit}
              </Button>
            </Stack>
          </form>
        </Paper>
      </main>
      <Group component="footer" justify="center" className="ccq-login-foot">
        <Text size="xs" c="dimmed">
          {t.app.tagline}
        </Text>
      </Group>
    </Box>
  );
}
