// src/web/complaints/form-panel.tsx — a relationship's public complaint form: its link, and switching it on or off

import { Anchor, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { TComplaintForm } from '../../contracts/complaints.js';
import { ErrorAlert } from '../components/errors.js';
import { Section } from '../components/layout.js';
import { can } from '../lib/access.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';

export function FormPanel({ relationshipId }: { relationshipId: string }) {
  const { t } = useI18n();
  const tc = t.complaints;
  const { active } = useSession();
  const form = useLoad<TComplaintForm>(`/api/v1/complaints/forms/${encodeURIComponent(relationshipId)}`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const toggle = async (enabled: boolean) => {
    setBusy(true);
    setError(null);
    try {
      form.setData(await api.put<TComplaintForm>(`/api/v1/complaints/forms/${encodeURIComponent(relationshipId)}`, { enabled }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const f = form.data;
  const url = f?.path ? `${window.location.origin}${f.path}` : null;
  return (
    <Section
      id="complaint-form"
      title={tc.form}
      description={tc.formIntro}
      actions={
        f &&
        can(active, 'complaint:handle') && (
          <Button variant={f.enabled ? 'default' : 'filled'} loading={busy} onClick={() => void toggle(!f.enabled)}>
            {f.enabled ? tc.formClose : tc.formOpen}
          </Button>
        )
      }
    >
      <Stack px="lg" pb="md" gap="xs">
        {form.error ? <ErrorAlert error={form.error} onRetry={form.reload} /> : null}
        {error ? <ErrorAlert error={error} /> : null}
        {f && (
          <Group gap="sm">
            <Text size="sm" fw={600}>
              {f.enabled ? tc.formOn : tc.formOff}
            </Text>
            {f.enabled && url && (
              <Anchor href={url} target="_blank" rel="noreferrer" aria-label={tc.formLink} data-testid="complaint-form-link">
                <Code>{url}</Code>
              </Anchor>
            )}
          </Group>
        )}
      </Stack>
    </Section>
  );
}
