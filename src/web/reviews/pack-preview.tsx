// src/web/reviews/pack-preview.tsx — a review pack shown inert (sandboxed iframe, no scripts) with its downloads as PDF, XLSX and HTML

import { Button, Group, SegmentedControl, Skeleton, Stack } from '@mantine/core';
import { type MouseEvent, useEffect, useState } from 'react';
import { type Locale, locales } from '../../domain/organisations/model.js';
import { ErrorAlert } from '../components/errors.js';
import { IconDownload } from '../components/icons.js';
import { Section } from '../components/layout.js';
import { useI18n } from '../lib/i18n.js';
import { type PackFormat, type PackUrl, downloadFile, fetchText, packFormats } from './review-kit.js';

const frameStyle = { width: '100%', height: 720, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6, background: 'white' };

/**
 * `url` names the pack (live or frozen); `version` changes when the pack's content may have changed
 * (a saved record on a frozen pack), so the preview is fetched again.
 */
export function PackPreview({
  id,
  title,
  intro,
  frameTitle,
  url,
  version = '',
}: {
  id: string;
  title: string;
  intro: string;
  frameTitle: string;
  url: PackUrl;
  version?: string;
}) {
  const { t, locale } = useI18n();
  const [lang, setLang] = useState<Locale>(locale);
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const [busy, setBusy] = useState<PackFormat | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const htmlUrl = url('html', lang);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` and `tick` ask for the same address again
  useEffect(() => {
    let live = true;
    setHtml(null);
    setError(null);
    fetchText(htmlUrl).then(
      (text) => live && setHtml(text),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [htmlUrl, version, tick]);

  const download = async (e: MouseEvent, format: PackFormat) => {
    e.preventDefault();
    setDownloadError(null);
    setBusy(format);
    try {
      await downloadFile(url(format, lang), `review-pack.${format}`);
    } catch (err) {
      setDownloadError(err);
    } finally {
      setBusy(null);
    }
  };

  const actions = (
    <Group gap="xs" wrap="wrap">
      <SegmentedControl
        size="xs"
        aria-label={t.reviews.packLanguage}
        value={lang}
        onChange={(v) => setLang(v as Locale)}
        data={locales.map((l) => ({ value: l, label: t.language[l] }))}
      />
      {packFormats.map((f) => (
        <Button
          key={f}
          component="a"
          href={url(f, lang)}
          size="xs"
          variant={f === 'pdf' ? 'filled' : 'default'}
          leftSection={<IconDownload size={14} />}
          loading={busy === f}
          aria-label={t.reviews.downloadLabel(f.toUpperCase())}
          onClick={(e: MouseEvent) => void download(e, f)}
        >
          {t.reviews.download(f.toUpperCase())}
        </Button>
      ))}
    </Group>
  );

  return (
    <Section id={id} title={title} description={intro} actions={actions}>
      <Stack p="lg" gap="sm">
        {downloadError ? <ErrorAlert error={downloadError} /> : null}
        {error ? <ErrorAlert error={error} onRetry={() => setTick((x) => x + 1)} /> : null}
        {html === null && !error ? <Skeleton h={480} /> : null}
        {html !== null && (
          // sandbox="" gives the pack no scripts, no forms and an origin of its own: it can only be read.
          <iframe title={frameTitle} sandbox="" srcDoc={html} style={frameStyle} />
        )}
      </Stack>
    </Section>
  );
}
