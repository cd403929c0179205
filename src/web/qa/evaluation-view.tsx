// src/web/qa/evaluation-view.tsx — one evaluation against its pinned scorecard: answers, section scores, the agent's answer, coaching notes

import { Badge, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { TEvaluation, TScorecard } from '../../contracts/qa.js';
import { errorText } from '../components/errors.js';
import { api } from '../lib/api.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { scoreText } from './qa-kit.js';

const statusColor = { submitted: 'gray', acknowledged: 'green', disputed: 'orange' } as const;

export function EvaluationView({ id, onClose, onChanged }: { id: string; onClose: () => void; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const { active } = useSession();
  const loaded = useLoad<{ evaluation: TEvaluation; scorecard: TScorecard }>(`/api/v1/qa/evaluations/${encodeURIComponent(id)}`);
  const [comment, setComment] = useState('');
  const [notes, setNotes] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const e = loaded.data?.evaluation;
  const card = loaded.data?.scorecard;
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      loaded.reload();
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  const respond = (response: 'acknowledged' | 'disputed') =>
    act(() => api.post(`/api/v1/qa/evaluations/${encodeURIComponent(id)}/response`, { response, comment: comment.trim() || null }));
  return (
    <Modal opened onClose={onClose} title={t.qa.evaluation} size="lg" centered>
      {e && card && (
        <Stack gap="md">
          <Group gap="sm">
            <Text fw={700} fz={22}>
              {scoreText(e.score, locale)}
            </Text>
            <Badge color={statusColor[e.status]}>{t.qa.status[e.status]}</Badge>
            {e.criticalErrors.map((k) => (
              <Badge key={k} color="red" variant="light">
                {t.qa.critical[k]}
              </Badge>
            ))}
          </Group>
          <Text size="sm" c="dimmed">
            {e.agent} · {e.contactSourceId} · {card.name} v{card.version} · {e.evaluatorName}
          </Text>
          <Table>
            <Table.Tbody>
              {card.content.sections.map((s) => (
                <SectionRows
                  key={s.id}
                  title={s.title}
                  score={e.sections.find((x) => x.sectionId === s.id)?.score ?? null}
                  criteria={s.criteria}
                  answers={e.answers}
                />
              ))}
            </Table.Tbody>
          </Table>
          {e.agentComment && (
            <Text size="sm">
              {t.qa.agentComment}: {e.agentComment}
            </Text>
          )}
          {e.status === 'submitted' && can(active, 'qa:acknowledge') && (
            <Stack gap="xs">
              <Textarea
                label={t.qa.disputeReason}
                value={comment}
                onChange={(x) => setComment(x.currentTarget.value)}
                autosize
                minRows={2}
              />
              <Group>
                <Button onClick={() => respond('acknowledged')}>{t.qa.acknowledge}</Button>
                <Button variant="default" onClick={() => respond('disputed')}>
                  {t.qa.dispute}
                </Button>
              </Group>
            </Stack>
          )}
          {can(active, 'qa:evaluate') ? (
            <Stack gap="xs">
              <Textarea
                label={t.qa.coachingNotes}
                value={notes ?? e.coachingNotes ?? ''}
                onChange={(x) => setNotes(x.currentTarget.value)}
                autosize
                minRows={2}
              />
              <Group>
                <Button
                  variant="default"
                  disabled={notes === null}
                  onClick={() => act(() => api.put(`/api/v1/qa/evaluations/${encodeURIComponent(id)}/coaching`, { notes }))}
                >
                  {t.qa.saveNotes}
                </Button>
              </Group>
            </Stack>
          ) : (
            e.coachingNotes && (
              <Text size="sm">
                {t.qa.coachingNotes}: {e.coachingNotes}
              </Text>
            )
          )}
          {error !== null && (
            <Text c="red" size="sm" role="alert">
              {errorText(t, error)}
            </Text>
          )}
        </Stack>
      )}
    </Modal>
  );
}

function SectionRows({
  title,
  score,
  criteria,
  answers,
}: {
  title: string;
  score: number | null;
  criteria: TScorecard['content']['sections'][number]['criteria'];
  answers: Record<string, number | null>;
}) {
  const { t, locale } = useI18n();
  return (
    <>
      <Table.Tr>
        <Table.Th scope="row">{title}</Table.Th>
        <Table.Td fw={600}>{scoreText(score, locale)}</Table.Td>
      </Table.Tr>
      {criteria.map((c) => {
        const v = answers[c.id];
        return (
          <Table.Tr key={c.id}>
            <Table.Td pl="lg">{c.title}</Table.Td>
            <Table.Td c={c.critical && v === 0 ? 'red' : undefined}>{v === null || v === undefined ? t.qa.na : `${v} / ${c.max}`}</Table.Td>
          </Table.Tr>
        );
      })}
    </>
  );
}
