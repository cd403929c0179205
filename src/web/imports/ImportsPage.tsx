// src/web/imports/ImportsPage.tsx — contact-data imports of the acting centre: upload a file (for those who may), follow it, see the history

import { Stack, Text } from '@mantine/core';
import type { TImportRun } from '../../contracts/contact-data.js';
import { PageHeader, Section } from '../components/layout.js';
import { LoadedSection } from '../components/list-page.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { ImportHistoryTable } from './import-history.js';
import { UploadForm } from './upload-form.js';

export function ImportsPage() {
  const { t } = useI18n();
  const { active } = useSession();
  const history = useLoad<TImportRun[]>('/api/v1/imports');
  const mayImport = can(active, 'contact_data:import');
  const startedAtOf = (id: string) => history.data?.find((r) => r.id === id)?.startedAt ?? null;

  return (
    <>
      <PageHeader title={t.imports.title} description={t.imports.intro} />
      <Stack gap="xl">
        {mayImport ? (
          <Section id="import-upload" title={t.imports.upload} description={t.imports.noDuplicates}>
            <UploadForm onFinished={history.reload} startedAtOf={startedAtOf} />
          </Section>
        ) : (
          <Text size="sm" c="dimmed">
            {t.imports.readOnly}
          </Text>
        )}
        <LoadedSection
          id="import-history"
          title={history.data ? t.imports.historyCount(history.data.length) : t.imports.history}
          error={history.error}
          onRetry={history.reload}
        >
          <ImportHistoryTable runs={history.data} />
        </LoadedSection>
      </Stack>
    </>
  );
}
