// src/web/reviews/ReviewPage.tsx — one joint review (`#/reviews/<id>`): the frozen pack's checksum, the meeting record, the frozen pack itself

import { Anchor, Badge, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import type { TMandate } from '../../contracts/mandates.js';
import type { TRelationship } from '../../contracts/organisations.js';
import type { TReview } from '../../contracts/reviews.js';
import { formatDateTime } from '../../i18n/index.js';
import { paths } from '../app/paths.js';
import { ErrorAlert } from '../components/errors.js';
import { PageHeader } from '../components/layout.js';
import { useI18n } from '../lib/i18n.js';
import { href } from '../lib/router.js';
import { useLoad } from '../lib/use-load.js';
import { PackPreview } from './pack-preview.js';
import { RecordEditor } from './record-editor.js';
import { monthLabel } from '../lib/months.js';
import { frozenPackUrl } from './review-kit.js';
import { ReviewHelp } from './review-help.js';

export function ReviewPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const review = useLoad<TReview>(`/api/v1/reviews/${encodeURIComponent(id)}`);
  const mandates = useLoad<TMandate[]>('/api/v1/mandates');
  const relationships = useLoad<TRelationship[]>('/api/v1/relationships');
  const r = review.data;
  const mandate = mandates.data?.find((m) => m.id === r?.mandateId);
  const relationship = relationships.data?.find((x) => x.id === r?.relationshipId);
  const month = r ? monthLabel(r.period, locale) : '';

  return (
    <>
      <PageHeader
        title={r ? t.reviews.reviewTitle(month) : t.reviews.title}
        description={[relationship?.name, mandate?.title].filter(Boolean).join(' – ') || undefined}
        eyebrow={
          <Anchor href={href(paths.reviews)} size="sm">
            ← {t.reviews.allReviews}
          </Anchor>
        }
        actions={
          r && (
            <Badge size="lg" color={r.status === 'closed' ? 'green' : 'blue'} variant="light">
              {t.reviews.statuses[r.status]}
            </Badge>
          )
        }
      />
      {review.error ? <ErrorAlert error={review.error} onRetry={review.reload} /> : null}
      {!r && !review.error ? <Skeleton h={240} /> : null}
      {r && (
        <Stack gap="xl">
          <Paper withBorder radius="md" p="lg">
            <Group gap="xl" wrap="wrap">
              <Stack gap={2}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {t.reviews.frozenAt}
                </Text>
                <Text className="ccq-code" title={r.packHash} aria-describedby="review-hash-help" data-testid="pack-hash">
                  {r.packHash.slice(0, 16)}
                </Text>
              </Stack>
              <Text size="sm" c="dimmed">
                {t.reviews.startedAt(formatDateTime(r.createdAt, locale))}
              </Text>
            </Group>
            <Text size="xs" c="dimmed" mt="xs" id="review-hash-help">
              {t.reviews.frozenHelp}
            </Text>
          </Paper>
          <RecordEditor key={r.id} review={r} onReview={review.setData} />
          <PackPreview
            id="review-frozen-pack"
            title={t.reviews.frozenPack}
            intro={t.reviews.frozenPackIntro}
            frameTitle={t.reviews.previewFrame(t.reviews.reviewTitle(month))}
            url={frozenPackUrl(r.id)}
            version={`${r.status}:${JSON.stringify(r.record)}`}
          />
          <ReviewHelp />
        </Stack>
      )}
    </>
  );
}
