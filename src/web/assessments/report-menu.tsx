// src/web/assessments/report-menu.tsx — download the assessment as a report (HTML, PDF), the certification-readiness pack, or a table (CSV, XLSX)

import { Button, Menu } from '@mantine/core';
import { type MouseEvent, useState } from 'react';
import type { Locale } from '../../i18n/index.js';
import { IconChevronDown, IconDownload } from '../components/icons.js';
import { ApiError, NETWORK_ERROR } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';

type Item = { key: string; label: string; url: string; opens: boolean };

/** The report and export addresses, in the UI language. HTML opens in a tab; the rest are files. */
export const reportLinks = (assessmentId: string, locale: Locale, labels: Record<string, string>): Item[] => {
  const base = `/api/v1/assessments/${encodeURIComponent(assessmentId)}`;
  const report = (format: string, kind: string) => `${base}/report?format=${format}&kind=${kind}&lang=${locale}`;
  const table = (format: string) => `${base}/export?format=${format}&lang=${locale}`;
  return [
    { key: 'html', label: labels.html ?? '', url: report('html', 'assessment'), opens: true },
    { key: 'pdf', label: labels.pdf ?? '', url: report('pdf', 'assessment'), opens: false },
    { key: 'pack', label: labels.pack ?? '', url: report('pdf', 'pack'), opens: false },
    { key: 'csv', label: labels.csv ?? '', url: table('csv'), opens: false },
    { key: 'xlsx', label: labels.xlsx ?? '', url: table('xlsx'), opens: false },
  ];
};

const fileNameOf = (res: Response, fallback: string): string =>
  /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallback;

/**
 * Fetches the file first, so a refusal (no PDF printer on the server, say) is shown here in words
 * rather than as a JSON page, then hands the bytes to the browser as a download.
 */
const download = async (item: Item): Promise<void> => {
  let res: Response;
  try {
    res = await fetch(item.url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, 'network error');
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    throw new ApiError(res.status, body?.error?.code ?? 'CCQ_ERR_INTERNAL', body?.error?.message ?? res.statusText);
  }
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = decodeURIComponent(fileNameOf(res, `report.${item.key === 'pack' ? 'pdf' : item.key}`));
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** `onError` gets a failed download (null when the next one starts), for the page to show. */
export function ReportMenu({ assessmentId, onError }: { assessmentId: string; onError: (error: unknown) => void }) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const items = reportLinks(assessmentId, locale, t.assessments.reports);
  const fetchFile = async (e: MouseEvent, item: Item) => {
    e.preventDefault();
    onError(null);
    setBusy(true);
    try {
      await download(item);
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Menu position="bottom-end" shadow="md" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />} loading={busy}>
          {t.assessments.download}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {items.map((item) =>
          item.opens ? (
            <Menu.Item key={item.key} component="a" href={item.url} target="_blank" rel="noopener">
              {item.label}
            </Menu.Item>
          ) : (
            <Menu.Item key={item.key} component="a" href={item.url} onClick={(e) => void fetchFile(e, item)}>
              {item.label}
            </Menu.Item>
          ),
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
