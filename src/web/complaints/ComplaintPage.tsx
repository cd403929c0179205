// src/web/complaints/ComplaintPage.tsx — one complaint: its lifecycle steps, deadlines, owner per the mandate, the complainant and erasure, its history

import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Timeline } from '@mantine/core';
import { useState } from 'react';
import type { TComplaint, TComplaintDetail } from '../../contracts/complaints.js';
import { complaintStatuses } from '../../domain/complaints/complaint.js';
import { formatDateTime } from '../../i18n/index.js';
import { paths } from '../app/paths.js';
import { ConfirmModal } from '../components/confirm-modal.js';
import { ErrorAlert } from '../components/errors.js';
import { PageHeader, Section } from '../components/layout.js';
import { can } from '../lib/access.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { href } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { Deadline, OwnerBadge, StatusBadge } from './complaint-kit.js';
import { StepModal } from './step-modal.js';

type Step = TComplaint['steps'][number];

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

export function ComplaintPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const tc = t.complaints;
  const { active } = useSession();
  const detail = useLoad<TComplaintDetail>(`/api/v1/complaints/${encodeURIComponent(id)}`);
  const [step, setStep] = useState<Step | null>(null);
  const [erasing, setErasing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (detail.error) return <ErrorAlert error={detail.error} onRetry={detail.reload} />;
  const d = detail.data;
  if (!d) return <Skeleton h={240} />;
  const c = d.complaint;
  const dt = (v: string | null) => (v ? formatDateTime(v, locale) : tc.none);

  const erase = async () => {
    setBusy(true);
    setError(null);
    try {
      detail.setData(await api.post<TComplaintDetail>(`/api/v1/complaints/${encodeURIComponent(id)}/erasure`));
      setErasing(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor href={href(paths.complaints)} size="sm">
            ← {tc.title}
          </Anchor>
        }
        title={`${c.reference}`}
        description={
          <Group gap="xs">
            <StatusBadge status={c.status} />
            <OwnerBadge owner={c.owner} />
            {c.reopenCount > 0 && <Text size="sm">{tc.reopened(c.reopenCount)}</Text>}
          </Group>
        }
        actions={c.steps.map((s) => (
          <Button key={s} variant={s === 'reopen' || s === 'escalate' ? 'default' : 'filled'} onClick={() => setStep(s)}>
            {tc.steps[s]}
          </Button>
        ))}
      />
      <Stack gap="xl">
        {error ? <ErrorAlert error={error} /> : null}
        <Paper withBorder radius="md" p="lg" aria-label={tc.lifecycle} component="section">
          <Text size="sm" fw={600} mb="xs">
            {tc.lifecycle}
          </Text>
          <Group component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {complaintStatuses.map((s, i) => {
              const at = complaintStatuses.indexOf(c.status);
              return (
                <li key={s} aria-current={i === at ? 'step' : undefined}>
                  <Badge variant={i < at ? 'light' : i === at ? 'filled' : 'outline'} color={i <= at ? 'blue' : 'gray'}>
                    {`${i + 1}. ${tc.statuses[s]}${i < at ? ' ✓' : ''}`}
                  </Badge>
                </li>
              );
            })}
          </Group>
        </Paper>
        <Section id="complaint-facts" title={tc.facts}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} p="lg" spacing="lg">
            <Fact label={tc.received}>{`${dt(c.receivedAt)} · ${tc.channels[c.channel]}`}</Fact>
            <Fact label={tc.category}>{c.category ? tc.categories[c.category] : tc.none}</Fact>
            <Fact label={tc.rootCause}>{c.rootCause ? tc.rootCauses[c.rootCause] : tc.none}</Fact>
            <Fact label={tc.ackDue}>
              {c.acknowledgedAt ? `✓ ${dt(c.acknowledgedAt)}` : <Deadline at={c.ackDueAt} overdue={c.overdue.ack} label={tc.overdueAck} />}
            </Fact>
            <Fact label={tc.resolveDue}>
              {c.respondedAt ? (
                `✓ ${dt(c.respondedAt)}`
              ) : (
                <Deadline at={c.resolveDueAt} overdue={c.overdue.resolution} label={tc.overdueResolution} />
              )}
            </Fact>
            <Fact label={tc.satisfaction}>{c.satisfaction ?? tc.none}</Fact>
            <Fact label={tc.firstLine}>{tc.parties[c.firstLineOwner]}</Fact>
            <Fact label={tc.finalResponse}>{tc.parties[c.finalResponseOwner]}</Fact>
            <Fact label={tc.escalated}>{dt(c.escalatedAt)}</Fact>
          </SimpleGrid>
        </Section>
        <Section
          id="complaint-texts"
          title={tc.complainant}
          actions={
            d.complainant &&
            !c.erasedAt &&
            can(active, 'complaint:handle') && (
              <Button color="red" variant="light" onClick={() => setErasing(true)}>
                {tc.erase}
              </Button>
            )
          }
        >
          <Stack p="lg" gap="md">
            {c.erasedAt && <Text size="sm">{tc.erased(formatDateTime(c.erasedAt, locale))}</Text>}
            {d.complainant ? (
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Fact label={tc.name}>{d.complainant.name ?? tc.none}</Fact>
                <Fact label={tc.email}>{d.complainant.email ?? tc.none}</Fact>
                <Fact label={tc.phone}>{d.complainant.phone ?? tc.none}</Fact>
              </SimpleGrid>
            ) : (
              <Text size="sm" c="dimmed">
                {tc.hiddenPersonal}
              </Text>
            )}
            {c.description && (
              <Fact label={tc.description}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {c.description}
                </Text>
              </Fact>
            )}
            {c.response && (
              <Fact label={tc.response}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {c.response}
                </Text>
              </Fact>
            )}
          </Stack>
        </Section>
        <Section id="complaint-history" title={tc.history}>
          <Timeline active={d.events.length} bulletSize={14} lineWidth={2} p="lg">
            {d.events.map((e) => (
              <Timeline.Item key={e.id} title={tc.steps[e.step]}>
                <Text size="xs" c="dimmed">
                  {`${formatDateTime(e.at, locale)} · ${e.byLabel}`}
                </Text>
                {e.note && <Text size="sm">{e.note}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        </Section>
      </Stack>
      <StepModal
        key={step ?? 'none'}
        complaint={c}
        step={step}
        onClose={() => setStep(null)}
        onDone={(next) => {
          setStep(null);
          detail.setData(next);
        }}
      />
      <ConfirmModal
        title={tc.eraseTitle}
        text={erasing ? tc.eraseText : null}
        confirmLabel={tc.erase}
        busy={busy}
        onConfirm={() => void erase()}
        onClose={() => setErasing(false)}
      />
    </>
  );
}
