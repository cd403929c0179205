// src/web/tokens/TokensPage.tsx — every signed-in user lists, creates and revokes their own personal API tokens

import { Button } from '@mantine/core';
import { useState } from 'react';
import type { TApiToken } from '../../contracts/auth.js';
import { formatDate, formatDateTime } from '../../i18n/index.js';
import { ConfirmModal } from '../components/confirm-modal.js';
import { type Column, DataTable, StatusBadge, dateColumn } from '../components/data-table.js';
import { PageHeader } from '../components/layout.js';
import { AddButton, LoadedSection, useRowAction } from '../components/list-page.js';
import { useNotice } from '../components/notice.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use-load.js';
import { SecretModal } from '../components/secret-modal.js';
import { CreateTokenModal } from './token-dialogs.js';

type TokenStatus = 'active' | 'expired' | 'revoked';

const statusOf = (k: TApiToken, now: number): TokenStatus =>
  k.revokedAt ? 'revoked' : k.expiresAt && Date.parse(k.expiresAt) <= now ? 'expired' : 'active';

const statusColor: Record<TokenStatus, string> = { active: 'teal', expired: 'orange', revoked: 'gray' };

export function TokensPage() {
  const { t, locale } = useI18n();
  const tokens = useLoad<TApiToken[]>('/api/v1/me/api-tokens');
  const [notice, showNotice] = useNotice();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<TApiToken | null>(null);
  const action = useRowAction();
  const now = Date.now();
  const list = [...(tokens.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const day = (iso: string) => formatDate(iso, locale);
  const instant = (iso: string) => formatDateTime(iso, locale);

  const revoke = (k: TApiToken) =>
    action.run(k.id, async () => {
      try {
        await api.delete(`/api/v1/me/api-tokens/${encodeURIComponent(k.id)}`, {});
      } finally {
        setRevoking(null);
      }
      showNotice(t.tokens.revoked(k.name));
      tokens.reload();
    });

  const columns: Column<TApiToken>[] = [
    { key: 'name', header: t.common.name, tdProps: { fw: 500 }, cell: (k) => k.name },
    { key: 'prefix', header: t.tokens.prefix, cell: (k) => <code className="ccq-code">{k.tokenPrefix}…</code> },
    dateColumn('created', t.common.createdAt, (k) => k.createdAt, day, t.common.none),
    dateColumn('lastUsed', t.tokens.lastUsed, (k) => k.lastUsedAt, instant, t.tokens.never),
    dateColumn('expires', t.tokens.expires, (k) => k.expiresAt, day, t.tokens.never),
    {
      key: 'status',
      header: t.common.status,
      cell: (k) => <StatusBadge color={statusColor[statusOf(k, now)]}>{t.tokens.statuses[statusOf(k, now)]}</StatusBadge>,
    },
    {
      key: 'actions',
      header: t.common.actions,
      hiddenHeader: true,
      tdProps: { ta: 'right' },
      cell: (k) =>
        statusOf(k, now) === 'active' && (
          <Button
            size="compact-sm"
            variant="default"
            color="red"
            aria-label={t.tokens.revokeToken(k.name)}
            loading={action.busyId === k.id}
            onClick={() => setRevoking(k)}
          >
            {t.tokens.revoke}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t.tokens.title}
        description={
          <>
            {t.tokens.intro} <code className="ccq-code">{t.tokens.header}</code>.
          </>
        }
        actions={<AddButton onClick={() => setCreating(true)}>{t.tokens.create}</AddButton>}
      />
      {notice}
      {action.errorNode}
      <LoadedSection
        id="tokens"
        title={tokens.data ? t.tokens.count(list.length) : t.tokens.title}
        error={tokens.error}
        onRetry={tokens.reload}
      >
        <DataTable columns={columns} rows={tokens.data ? list : null} rowKey={(k) => k.id} empty={t.tokens.empty} minWidth={760} />
      </LoadedSection>

      <CreateTokenModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(token) => {
          setCreating(false);
          setSecret(token);
          tokens.reload();
        }}
      />
      <SecretModal
        secret={secret}
        onClose={() => setSecret(null)}
        title={t.tokens.createdTitle}
        warning={t.tokens.secretWarning}
        label={t.tokens.secret}
      />
      <ConfirmModal
        title={t.tokens.revokeTitle}
        text={revoking && t.tokens.revokeConfirm(revoking.name)}
        confirmLabel={t.tokens.revoke}
        busy={revoking !== null && action.busyId === revoking.id}
        onConfirm={() => revoking && void revoke(revoking)}
        onClose={() => setRevoking(null)}
      />
    </>
  );
}
