// src/web/staffing/plan-downloads.tsx — a saved plan's CSV and XLSX files: links that fetch first, so a refusal is shown in words

import { Anchor, Group, Text } from '@mantine/core';
import { type MouseEvent, useState } from 'react';
import { errorText } from '../components/errors.js';
import { IconDownload } from '../components/icons.js';
import { useI18n } from '../lib/i18n.js';
import { downloadFile } from '../reviews/review-kit.js';
import { exportUrl } from './staffing-kit.js';

export function PlanDownloads({ planId }: { planId: string }) {
  const { t, locale } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const formats = ['csv', 'xlsx'] as const;
  const fetchFile = async (e: MouseEvent, format: (typeof formats)[number]) => {
    e.preventDefault();
    setError(null);
    try {
      await downloadFile(exportUrl(planId, format, locale), `staffing-plan.${format}`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Group gap="md" wrap="nowrap">
      {formats.map((f) => (
        <Anchor
          key={f}
          href={exportUrl(planId, f, locale)}
          download
          size="sm"
          onClick={(e: MouseEvent) => void fetchFile(e, f)}
          aria-label={t.staffing.plan.downloadLabel(f.toUpperCase())}
        >
          <Group gap={4} wrap="nowrap" component="span">
            <IconDownload size={14} />
            {f.toUpperCase()}
          </Group>
        </Anchor>
      ))}
      {error ? (
        <Text size="sm" c="red" role="alert">
          {errorText(t, error)}
        </Text>
      ) : null}
    </Group>
  );
}
