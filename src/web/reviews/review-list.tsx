// src/web/reviews/review-list.tsx — the reviews of one relationship (period, status, held on, decisions) and starting the review of a month

import { Anchor, Badge, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import type { TReview } from '../../contracts/reviews.js';
import { formatDate } from '../../i18n/index.js';
import { pathTo } from '../app/paths.js';
import { type Column, DataTable } from '../components/data-table.js';
import { ErrorAlert } from '../components/errors.js';
import { IconPlus } from '../components/icons.js';
import { Section } from '../components/layout.js';
import { can } from '../lib/access.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { href, navigate } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { monthLabel } from '../lib/months.js';

/** The list, with "Start review of <month>" for those who record reviews (or a link when that month's review exists). */
export function ReviewList({ relationshipId, period }: { relationshipId: string; period: string }) {
  const { t, locale } = useI18n();
  const { active } = useSession();
  const list = useLoad<TReview[]>(`/api/v1/reviews?relationship=${encodeURIComponent(relationshipId)}`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const month = monthLabel(period, locale);
  const existing = list.data?.find((r) => r.period === period);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const review = await api.post<TReview>('/api/v1/reviews', { relationshipId, period });
      navigate(pathTo.review(review.id));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const columns: Column<TReview>[] = [
    {
      key: 'period',
      header: t.reviews.period,
      cell: (r) => <Anchor href={href(pathTo.review(r.id))}>{monthLabel(r.period, locale)}</Anchor>,
    },
    {
      key: 'status',
      header: t.reviews.status,
      cell: (r) => (
        <Badge color={r.status === 'closed' ? 'green' : 'blue'} variant="light">
          {t.reviews.statuses[r.status]}
        </Badge>
      ),
    },
    { key: 'heldOn', header: t.reviews.heldOn, cell: (r) => (r.record.heldOn ? formatDate(r.record.heldOn, locale) : t.common.none) },
    { key: 'decisions', header: t.reviews.decisionsCount, tdProps: { className: 'ccq-num' }, cell: (r) => r.record.decisions.length },
  ];

  const action = existing ? (
    <Button component="a" href={href(pathTo.review(existing.id))} variant="light">
      {t.reviews.openReview(month)}
    </Button>
  ) : (
    can(active, 'mandate:edit') &&
    list.data && (
      <Button leftSection={<IconPlus size={16} />} loading={busy} onClick={() => void start()}>
        {t.reviews.start(month)}
      </Button>
    )
  );

  return (
    <Section id="reviews-list" title={t.reviews.list} actions={<Group gap="sm">{action}</Group>}>
      <Stack gap={0}>
        {error ? <ErrorAlert error={error} /> : null}
        {list.error ? (
          <ErrorAlert error={list.error} onRetry={list.reload} />
        ) : (
          <DataTable columns={columns} rows={list.data} rowKey={(r) => r.id} empty={t.reviews.none} />
        )}
      </Stack>
    </Section>
  );
}
