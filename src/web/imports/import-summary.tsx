// src/web/imports/import-summary.tsx — an import's progress while it runs and its result after: counts, new queues, warnings by kind

import { Alert, Group, List, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { TImportRun } from '../../contracts/contact-data.js';
import { type Locale, formatDateTime, formatNumber, formatPercent } from '../../i18n/index.js';
import { IconAlert, IconCheck } from '../components/icons.js';
import { useI18n } from '../lib/i18n.js';

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A byte count in the largest unit that keeps it at least 1 ("3,4 MB"), decimal steps as file managers show them. */
export const formatBytes = (bytes: number, locale: Locale): string => {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return formatNumber(value, locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 });
};

/** The two progress bars: the file on its way to the server, then the server reading it. */
export function UploadProgress({ sent, total }: { sent: number; total: number }) {
  const { t, locale } = useI18n();
  const share = total > 0 ? sent / total : 0;
  return (
    <Stack gap={6}>
      <Text size="sm">{t.imports.uploading(formatPercent(share, locale))}</Text>
      <Progress value={share * 100} aria-label={t.imports.uploadLabel} animated />
    </Stack>
  );
}

export function ImportProgress({ run }: { run: TImportRun }) {
  const { t, locale } = useI18n();
  const share = run.bytes > 0 ? run.bytesRead / run.bytes : 0;
  return (
    <Stack gap={6}>
      <Text size="sm">{t.imports.importing(formatBytes(run.bytesRead, locale), formatBytes(run.bytes, locale))}</Text>
      <Progress value={share * 100} aria-label={t.imports.importLabel} animated />
      <Text size="sm" c="dimmed" className="ccq-num">
        {t.imports.rowsSoFar(run.rowsRead, run.imported)}
      </Text>
    </Stack>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  const { locale } = useI18n();
  return (
    <Paper withBorder radius="md" px="md" py="sm" className="ccq-stat">
      <Text component="dt" size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text component="dd" fw={650} fz={22} mt={2} lh={1.2} className="ccq-num">
        {formatNumber(value, locale)}
      </Text>
    </Paper>
  );
}

/** The finished import: what became of the rows, which queues it created, which warnings it gave. */
export function ImportSummary({ run, earlierStartedAt }: { run: TImportRun; earlierStartedAt: string | null }) {
  const { t, locale } = useI18n();
  if (run.status === 'already_imported')
    return (
      <Alert color="yellow" variant="light" icon={<IconAlert />} title={t.imports.alreadyTitle}>
        {earlierStartedAt ? t.imports.alreadyBody(formatDateTime(earlierStartedAt, locale)) : t.imports.alreadyBodyUnknown}
      </Alert>
    );
  const warningNames = t.imports.warningCodes as Record<string, string>;
  const warnings = Object.entries(run.detail.warningCodes);
  return (
    <Stack gap="md">
      {run.status === 'completed' && (
        <Alert color="teal" variant="light" icon={<IconCheck />} title={t.imports.completedTitle}>
          {t.imports.summary(run.fileName)}
        </Alert>
      )}
      {run.status === 'failed' && (
        <Alert color="red" variant="light" icon={<IconAlert />} title={t.imports.failedTitle}>
          {run.error ?? t.errors.unknown}
        </Alert>
      )}
      {run.status === 'interrupted' && (
        <Alert color="orange" variant="light" icon={<IconAlert />} title={t.imports.interruptedTitle}>
          {t.imports.interruptedBody}
        </Alert>
      )}
      <SimpleGrid component="dl" cols={{ base: 2, sm: 3, md: 6 }} spacing="sm" className="ccq-stats">
        <Stat label={t.imports.rowsRead} value={run.rowsRead} />
        <Stat label={t.imports.imported} value={run.imported} />
        <Stat label={t.imports.rejected} value={run.rejected} />
        <Stat label={t.imports.duplicates} value={run.duplicates} />
        <Stat label={t.imports.skipped} value={run.skipped} />
        <Stat label={t.imports.warnings} value={run.warnings} />
      </SimpleGrid>
      {run.detail.queuesCreated.length > 0 && (
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t.imports.queuesCreated}:
          </Text>
          {run.detail.queuesCreated.map((code) => (
            <code key={code} className="ccq-code">
              {code}
            </code>
          ))}
        </Group>
      )}
      {warnings.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {t.imports.warningsByCode}
          </Text>
          <List size="sm" spacing={2}>
            {warnings.map(([code, count]) => (
              <List.Item key={code}>
                {warningNames[code] ?? code} <span className="ccq-num">({formatNumber(count, locale)})</span>
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
