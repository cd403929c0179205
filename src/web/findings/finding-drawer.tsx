// src/web/findings/finding-drawer.tsx — one finding over the board: what was found, its corrective actions, and closing it

import { Alert, Anchor, Button, Drawer, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { TAction, TFinding } from '../../contracts/conformity.js';
import type { TMember } from '../../contracts/organisations.js';
import { isNonconformity } from '../../domain/conformity/finding.js';
import { type Messages, formatDate } from '../../i18n/index.js';
import { pathTo } from '../app/paths.js';
import { GradeBadge } from '../components/conformity.js';
import { StatusBadge } from '../components/data-table.js';
import { ErrorAlert } from '../components/errors.js';
import { IconPlus } from '../components/icons.js';
import { can } from '../lib/access.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { href } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { ActionCard } from './action-card.js';
import { ActionFormModal } from './action-form-modal.js';

/** Why the finding cannot close yet, in the user's words; the server's own list when ours would not match it. */
const blockersOf = (t: Messages, f: TFinding): string[] => {
  if (f.closeBlockers.length === 0) return [];
  if (!isNonconformity(f.grade) || f.status === 'closed') return f.closeBlockers;
  if (f.actions.length === 0) return [t.findings.needsAction];
  const open = f.actions.filter((a) => a.status !== 'verified_effective' && a.status !== 'closed');
  return open.length > 0 ? open.map((a) => t.findings.notVerified(a.action, t.conformity.actionStatuses[a.status])) : f.closeBlockers;
};

export function FindingDrawer({
  id,
  onClose,
  onChanged,
  members,
}: {
  id: string | null;
  onClose: () => void;
  onChanged: () => void;
  members: TMember[] | null;
}) {
  const { t } = useI18n();
  const finding = useLoad<TFinding>(id ? `/api/v1/findings/${encodeURIComponent(id)}` : null);
  const f = finding.data && finding.data.id === id ? finding.data : null;
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size="xl" title={f ? `F-${f.seq} · ${f.title}` : t.findings.finding}>
      {finding.error !== null && <ErrorAlert error={finding.error} onRetry={finding.reload} />}
      {!f && finding.error === null && <Skeleton h={300} aria-busy="true" />}
      {f && (
        <FindingBody
          finding={f}
          members={members}
          onChanged={(next) => {
            finding.setData(next);
            onChanged();
          }}
        />
      )}
    </Drawer>
  );
}

function FindingBody({
  finding: f,
  members,
  onChanged,
}: {
  finding: TFinding;
  members: TMember[] | null;
  onChanged: (f: TFinding) => void;
}) {
  const { t, locale } = useI18n();
  const { active } = useSession();
  const [editing, setEditing] = useState<TAction | 'new' | null>(null);
  const [closing, setClosing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const own = active?.organisationId === f.organisationId;
  const mayManage = own && can(active, 'action:manage') && members !== null;
  const blockers = blockersOf(t, f);
  const name = (userId: string) => {
    const m = members?.find((x) => x.userId === userId);
    return m ? m.displayName || m.email : null;
  };
  const close = async () => {
    setClosing(true);
    setError(null);
    try {
      onChanged(await api.post<TFinding>(`/api/v1/findings/${encodeURIComponent(f.id)}/close`, {}));
    } catch (e) {
      setError(e);
    } finally {
      setClosing(false);
    }
  };

  return (
    <Stack gap="lg">
      <Group gap="xs">
        <GradeBadge grade={f.grade} size="md" />
        <StatusBadge color={f.status === 'open' ? 'orange' : 'gray'}>{t.conformity.findingStatuses[f.status]}</StatusBadge>
        {f.auditId && (
          <Text size="xs" c="dimmed">
            {t.findings.fromAudit}
          </Text>
        )}
      </Group>
      <Stack gap={4}>
        <Text size="sm">
          {t.findings.inAssessment}{' '}
          <Anchor href={href(pathTo.assessment(f.assessmentId))} size="sm">
            {f.assessmentTitle}
          </Anchor>
        </Text>
        <Text size="sm">
          {t.findings.requirements}:{' '}
          {f.refs.map((r) => (
            <code key={r} className="ccq-code" style={{ marginRight: 4 }}>
              {r}
            </code>
          ))}
        </Text>
        <Text size="xs" c="dimmed">
          {t.findings.raised(formatDate(f.raisedAt, locale))}
          {f.closedAt ? ` · ${t.findings.closedOn(formatDate(f.closedAt, locale))}` : ''}
          {f.evidenceIds.length > 0 ? ` · ${t.findings.evidenceCount(f.evidenceIds.length)}` : ''}
        </Text>
      </Stack>
      {f.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{f.description}</Text>}

      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} fz={16}>
            {t.findings.actions}
          </Title>
          {mayManage && f.status === 'open' && (
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
              {t.findings.addAction}
            </Button>
          )}
        </Group>
        {f.actions.length === 0 && (
          <Text size="sm" c="dimmed">
            {isNonconformity(f.grade) ? t.findings.noActionsYet : t.findings.noActionsNeeded}
          </Text>
        )}
        {f.actions.map((a) => (
          <ActionCard
            key={a.id}
            action={a}
            finding={f}
            ownerName={name(a.ownerUserId)}
            onChanged={onChanged}
            onEdit={mayManage && a.status !== 'closed' ? () => setEditing(a) : null}
          />
        ))}
      </Stack>

      {f.status === 'open' && can(active, 'finding:record') && (
        <Stack gap="xs">
          {blockers.length > 0 && (
            <Alert color="gray" variant="light" title={t.findings.cannotClose}>
              <List size="sm">
                {blockers.map((b) => (
                  <List.Item key={b}>{b}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {error !== null && <ErrorAlert error={error} />}
          <Group>
            <Button color="teal" onClick={() => void close()} loading={closing} disabled={blockers.length > 0}>
              {t.findings.close}
            </Button>
          </Group>
        </Stack>
      )}
      {editing !== null && members && (
        <ActionFormModal
          key={editing === 'new' ? 'new' : editing.id}
          opened
          onClose={() => setEditing(null)}
          onSaved={(next) => {
            setEditing(null);
            onChanged(next);
          }}
          findingId={f.id}
          action={editing === 'new' ? null : editing}
          members={members}
        />
      )}
    </Stack>
  );
}
