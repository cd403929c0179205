// src/web/evidence/evidence-parts.tsx — a piece of evidence's name with its download or link, its kind, and a short copyable checksum

import { ActionIcon, Anchor, Badge, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { TEvidence } from '../../contracts/conformity.js';
import { IconCheck, IconCopy, IconDownload, IconLink } from '../components/icons.js';
import { useI18n } from '../lib/i18n.js';

/** Where the evidence can be opened: the stored file (checked against its SHA-256 on the way out) or the link. */
export const evidenceHref = (e: TEvidence): string | null =>
  e.kind === 'file' ? `/api/v1/evidence/${encodeURIComponent(e.id)}/content` : e.kind === 'link' ? e.url : null;

/** Only web addresses become links; anything else is shown as text (never a javascript: URL). */
const safeUrl = (url: string | null): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

export function EvidenceName({ evidence: e }: { evidence: TEvidence }) {
  const { t } = useI18n();
  const target = e.kind === 'link' ? safeUrl(e.url) : evidenceHref(e);
  return (
    <Stack gap={0}>
      <Group gap={6} wrap="nowrap">
        {e.kind === 'file' ? <IconDownload size={14} /> : e.kind === 'link' ? <IconLink size={14} /> : null}
        {target ? (
          <Anchor
            href={target}
            size="sm"
            fw={500}
            {...(e.kind === 'link' ? { target: '_blank', rel: 'noopener noreferrer' } : { download: e.fileName ?? true })}
            aria-label={e.kind === 'file' ? t.evidence.download(e.title) : t.evidence.open(e.title)}
          >
            {e.title}
          </Anchor>
        ) : (
          <Text size="sm" fw={500}>
            {e.title}
          </Text>
        )}
      </Group>
      {(e.fileName || e.url) && (
        <Text size="xs" c="dimmed" truncate maw={320}>
          {e.fileName ?? e.url}
        </Text>
      )}
    </Stack>
  );
}

export function KindBadge({ kind }: { kind: TEvidence['kind'] }) {
  const { t } = useI18n();
  return (
    <Badge size="sm" variant="outline" color="gray" radius="sm">
      {t.conformity.evidenceKinds[kind]}
    </Badge>
  );
}

/** The first 12 hex digits, enough to compare by eye; the copy button copies all 64. */
export function ShortHash({ sha256 }: { sha256: string | null }) {
  const { t } = useI18n();
  if (!sha256) return <Text size="sm">{t.common.none}</Text>;
  return (
    <Group gap={4} wrap="nowrap">
      <code className="ccq-code" title={sha256}>
        {sha256.slice(0, 12)}…
      </code>
      <CopyButton value={sha256}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t.evidence.copied : t.evidence.copyHash} withArrow>
            <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} size="sm" onClick={copy} aria-label={t.evidence.copyHash}>
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
