// src/web/mandates/mandate-editor.tsx — the mandate's content in sections: edited as a draft and saved whole, read-only once signed, with the ISO 18295-2 gaps beside it

import { Alert, Badge, Button, Grid, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { TQueue } from '../../contracts/organisations.js';
import { canonicalJson } from '../../domain/mandates/canonical.js';
import type { MandateContent } from '../../domain/mandates/mandate.js';
import { errorText } from '../components/errors.js';
import { useNotice } from '../components/notice.js';
import { can } from '../lib/access.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { GapsPanel } from './gaps-panel.js';
import { EditorProvider, type Issue, issueWords, issuesOf } from './editor-kit.js';
import { GovernanceSections } from './governance-section.js';
import { HoursSection } from './hours-section.js';
import type { MandateView } from './mandate-view.js';
import { ObligationsSection } from './obligations-section.js';
import { ResponsibilitiesSection } from './responsibilities-section.js';
import { ScopeSection } from './scope-section.js';
import { TargetsSection } from './targets-section.js';

/** Whether `draft` holds changes the saved version does not have. */
export const isDirty = (draft: MandateContent | null, saved: MandateContent): boolean =>
  draft !== null && canonicalJson(draft) !== canonicalJson(saved);

export function MandateEditor({
  view,
  onView,
  draft,
  onDraft,
  queues,
}: {
  view: MandateView;
  onView: (v: MandateView) => void;
  /** The unsaved content (kept by the card, so switching tabs loses nothing); null when nothing was changed. */
  draft: MandateContent | null;
  onDraft: (c: MandateContent | null) => void;
  queues: TQueue[];
}) {
  const { t } = useI18n();
  const e = t.mandates.editor;
  const { active } = useSession();
  const [notice, showNotice] = useNotice();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown; issues: Issue[] } | null>(null);
  const mayEdit = can(active, 'mandate:edit');
  const current = view.current;
  const readOnly = !mayEdit || current.status !== 'draft';
  const content = readOnly ? current.content : (draft ?? current.content);
  const dirty = !readOnly && isDirty(draft, current.content);
  const update = (patch: Partial<MandateContent>) => onDraft({ ...content, ...patch });

  useEffect(() => {
    if (!dirty) return;
    const warn = (ev: BeforeUnloadEvent) => ev.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const run = async (action: () => Promise<MandateView>, done: (v: MandateView) => string) => {
    setBusy(true);
    setFailure(null);
    try {
      const v = await action();
      onView(v);
      onDraft(null);
      showNotice(done(v));
    } catch (err) {
      // Every failure stays on screen: field issues at their fields and in the list, anything else as a message.
      setFailure({ error: err, issues: issuesOf(err) });
    } finally {
      setBusy(false);
    }
  };
  const id = encodeURIComponent(view.mandate.id);
  const save = () =>
    run(
      () => api.put<MandateView>(`/api/v1/mandates/${id}/draft`, { content }),
      (v) => e.saved(v.current.number),
    );
  const startDraft = () =>
    run(
      () => api.post<MandateView>(`/api/v1/mandates/${id}/drafts`),
      (v) => e.newDraftStarted(v.current.number),
    );

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8, xl: 9 }}>
        <Stack gap="md">
          {notice}
          {current.status !== 'draft' && (
            <Alert color="blue" variant="light" title={e.signedReadOnly(current.number)}>
              {mayEdit && (
                <Group justify="space-between" gap="sm">
                  <Text size="sm">{e.startDraftHint}</Text>
                  <Button size="xs" onClick={() => void startDraft()} loading={busy}>
                    {e.newDraft}
                  </Button>
                </Group>
              )}
            </Alert>
          )}
          {current.status === 'draft' && !mayEdit && (
            <Alert color="gray" variant="light">
              {e.readOnlyRole}
            </Alert>
          )}
          {!readOnly && (
            <SaveBar
              version={current.number}
              dirty={dirty}
              busy={busy}
              onSave={() => void save()}
              onDiscard={() => {
                onDraft(null);
                setFailure(null);
              }}
            />
          )}
          {failure && <Failure error={failure.error} issues={failure.issues} />}
          <EditorProvider value={{ readOnly, issues: failure?.issues ?? [], queues }}>
            <ScopeSection value={content} onChange={update} />
            <HoursSection value={content.openingHours} inScope={content.channels} onChange={(openingHours) => update({ openingHours })} />
            <ResponsibilitiesSection value={content.responsibilities} onChange={(responsibilities) => update({ responsibilities })} />
            <ObligationsSection value={content.obligations} onChange={(obligations) => update({ obligations })} />
            <TargetsSection value={content.targets} scopeQueues={content.queueIds} onChange={(targets) => update({ targets })} />
            <GovernanceSections value={content} onChange={update} />
          </EditorProvider>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4, xl: 3 }}>
        <GapsPanel gaps={view.gaps} />
      </Grid.Col>
    </Grid>
  );
}

/** The draft's state and its buttons, kept in view while the sections scroll under it. */
function SaveBar({
  version,
  dirty,
  busy,
  onSave,
  onDiscard,
}: {
  version: number;
  dirty: boolean;
  busy: boolean;
  onSave: () => void;
  onDiscard: () => void;
}) {
  const { t } = useI18n();
  const e = t.mandates.editor;
  return (
    <Paper
      withBorder
      radius="md"
      px="lg"
      py="sm"
      shadow="xs"
      style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 60px) + 8px)', zIndex: 5 }}
    >
      <Group justify="space-between" gap="sm">
        <Group gap="sm">
          <Text fw={600} size="sm">
            {e.editing(version)}
          </Text>
          <Badge color={dirty ? 'yellow' : 'gray'} variant="light" role="status">
            {dirty ? e.unsaved : e.allSaved}
          </Badge>
        </Group>
        <Group gap="sm">
          <Button variant="default" size="sm" onClick={onDiscard} disabled={!dirty || busy}>
            {e.discard}
          </Button>
          <Button size="sm" onClick={onSave} loading={busy} disabled={!dirty}>
            {e.save}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

/** Why the last save (or new draft) failed: each field issue with where it is, or the error's message. */
function Failure({ error, issues }: { error: unknown; issues: Issue[] }) {
  const { t } = useI18n();
  const fields = t.mandates.diff.fields as Record<string, string>;
  const where = (path: string) => fields[path.split('.')[0] ?? ''] ?? path;
  return (
    <Alert color="red" variant="light" role="alert" title={issues.length ? t.mandates.editor.notSaved(issues.length) : t.common.errorTitle}>
      {issues.length === 0 ? (
        errorText(t, error)
      ) : (
        <List size="sm" spacing={2}>
          {issues.map((i) => (
            <List.Item key={`${i.path}:${i.message}`}>
              {where(i.path)}{' '}
              <Text span size="xs" c="dimmed" className="ccq-code">
                {i.path}
              </Text>
              : {issueWords(t, i.message)}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
