// src/web/reviews/ReviewsPage.tsx — the joint reviews (ISO 18295-2) of a relationship: the live pack of a month, its reviews, the mandate's obligations

import { Skeleton, Stack } from '@mantine/core';
import { useState } from 'react';
import type { TMandate } from '../../contracts/mandates.js';
import type { TRelationship } from '../../contracts/organisations.js';
import { ErrorAlert } from '../components/errors.js';
import { Empty, PageHeader } from '../components/layout.js';
import { useI18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use-load.js';
import { ObligationsPanel } from './obligations-panel.js';
import { PackPreview } from './pack-preview.js';
import { RelationshipMonthPicker } from '../components/relationship-month-picker.js';
import { monthLabel, recentMonths } from '../lib/months.js';
import { livePackUrl } from './review-kit.js';
import { ReviewHelp } from './review-help.js';
import { ReviewList } from './review-list.js';

export function ReviewsPage() {
  const { t, locale } = useI18n();
  const mandates = useLoad<TMandate[]>('/api/v1/mandates');
  const relationships = useLoad<TRelationship[]>('/api/v1/relationships');
  const [chosen, setChosen] = useState<string | null>(null);
  // A review looks back on a month that is over: the one before this.
  const [period, setPeriod] = useState(recentMonths(1, { fromCurrent: false })[0] ?? '');
  const relName = new Map((relationships.data ?? []).map((r) => [r.id, r.name]));
  const list = mandates.data ?? [];
  // One mandate per relationship: choosing the relationship chooses the mandate reviewed.
  const mandate = list.find((m) => m.relationshipId === chosen) ?? list[0];
  const months = recentMonths(24);

  return (
    <>
      <PageHeader title={t.reviews.title} description={t.reviews.intro} />
      <Stack gap="xl">
        <ReviewHelp />
        {mandates.error ? <ErrorAlert error={mandates.error} onRetry={mandates.reload} /> : null}
        {!mandates.data && !mandates.error ? <Skeleton h={120} /> : null}
        {mandates.data?.length === 0 && <Empty>{t.reviews.noMandates}</Empty>}
        {mandate && (
          <>
            <RelationshipMonthPicker
              labels={{ relationship: t.reviews.relationship, month: t.reviews.month }}
              relationships={list.map((m) => ({
                value: m.relationshipId,
                label: relName.has(m.relationshipId) ? `${relName.get(m.relationshipId)} – ${m.title}` : m.title,
              }))}
              relationshipId={mandate.relationshipId}
              onRelationship={setChosen}
              months={months}
              month={period}
              onMonth={setPeriod}
            />
            <ReviewList key={mandate.relationshipId} relationshipId={mandate.relationshipId} period={period} />
            <ObligationsPanel key={mandate.id} mandateId={mandate.id} />
            <PackPreview
              id="review-pack-preview"
              title={t.reviews.preview}
              intro={t.reviews.previewIntro}
              frameTitle={t.reviews.previewFrame(`${mandate.title}, ${monthLabel(period, locale)}`)}
              url={livePackUrl(mandate.relationshipId, period)}
            />
          </>
        )}
      </Stack>
    </>
  );
}
