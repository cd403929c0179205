// src/web/assessments/new-assessment-modal.tsx — start an assessment: framework edition, what is assessed, applicability tags, title and due date

import { Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useEffectEvent, useState } from 'react';
import type { TAssessmentView, TFramework, TFrameworkSummary } from '../../contracts/conformity.js';
import type { TRelationship } from '../../contracts/organisations.js';
import { type ScopeKind, scopeKinds } from '../../domain/conformity/assessment.js';
import { tagGroups } from '../../domain/conformity/framework.js';
import { useText } from '../components/conformity.js';
import { FormModal, TextField, useFormSubmit } from '../components/form-modal.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';

/** Which scopes the acting organisation can assess: a centre itself, a client itself, or one of its relationships. */
const scopesFor = (kind: string | undefined): ScopeKind[] =>
  scopeKinds.filter((s) => s === 'relationship' || kind === 'both' || (s === 'centre' ? kind === 'contact_centre' : kind === 'client'));

export function NewAssessmentModal({
  opened,
  onClose,
  onCreated,
  relationships,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
  relationships: TRelationship[];
}) {
  const { t } = useI18n();
  const text = useText();
  const { active } = useSession();
  const frameworks = useLoad<TFrameworkSummary[]>(opened ? '/api/v1/frameworks' : null);
  const [frameworkId, setFrameworkId] = useState('');
  const detail = useLoad<{ framework: TFramework }>(frameworkId ? `/api/v1/frameworks/${encodeURIComponent(frameworkId)}` : null);
  const scopes = scopesFor(active?.organisationKind);
  const [scopeKind, setScopeKind] = useState<ScopeKind>(scopes[0] ?? 'relationship');
  const [relationshipId, setRelationshipId] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');

  const list = frameworks.data ?? [];
  const chooseFramework = (id: string) => {
    setFrameworkId(id);
    setTags([]);
    // The framework's side decides what is assessed: ISO 18295-1 the centre, -2 the client.
    const side = list.find((f) => f.id === id)?.side;
    if (side && side !== 'any' && scopes.includes(side)) setScopeKind(side);
  };
  // The first framework that fits the organisation's side is the likely choice.
  const firstFit = (list.find((f) => f.side === 'any' || scopes.includes(f.side)) ?? list[0])?.id ?? '';
  const choose = useEffectEvent(chooseFramework);
  useEffect(() => {
    if (!frameworkId && firstFit) choose(firstFit);
  }, [frameworkId, firstFit]);

  const framework = detail.data?.framework ?? null;

  const form = useFormSubmit(async () => {
    const body = {
      frameworkId,
      scopeKind,
      relationshipId: scopeKind === 'relationship' ? relationshipId || null : null,
      scopeTags: tags,
      ...(title.trim() ? { title: title.trim() } : {}),
      dueOn: dueOn || null,
    };
    const v = await api.post<TAssessmentView>('/api/v1/assessments', body);
    setTitle('');
    setTags([]);
    onCreated(v.assessment.id);
  });
  const { issues } = form;

  return (
    <FormModal opened={opened} title={t.assessments.new} form={form} submitLabel={t.common.create} onClose={onClose}>
      <NativeSelect
        label={t.assessments.framework}
        value={frameworkId}
        onChange={(e) => chooseFramework(e.currentTarget.value)}
        data={list.map((f) => ({ value: f.id, label: `${text(f.name)} (${f.edition})` }))}
        error={issues.frameworkId}
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t.assessments.scope}
          description={t.assessments.scopeHint}
          value={scopeKind}
          onChange={(e) => setScopeKind(e.currentTarget.value as ScopeKind)}
          data={scopes.map((s) => ({ value: s, label: t.conformity.scopeKinds[s] }))}
          error={issues.scopeKind}
        />
        {scopeKind === 'relationship' && (
          <NativeSelect
            label={t.assessments.relationship}
            value={relationshipId}
            onChange={(e) => setRelationshipId(e.currentTarget.value)}
            data={[{ value: '', label: t.assessments.pickRelationship }, ...relationships.map((r) => ({ value: r.id, label: r.name }))]}
            error={issues.relationshipId}
            withAsterisk
          />
        )}
      </SimpleGrid>
      {framework && framework.tags.length > 0 && (
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t.assessments.tags}
          </Text>
          <Text size="xs" c="dimmed">
            {t.assessments.tagsHint}
          </Text>
          <Checkbox.Group value={tags} onChange={setTags} error={issues.scopeTags}>
            <Stack gap={8}>
              {tagGroups.map((g) => {
                const inGroup = framework.tags.filter((d) => d.group === g);
                if (inGroup.length === 0) return null;
                return (
                  <Group key={g} gap="md" align="center">
                    <Text size="xs" c="dimmed" w={110}>
                      {t.conformity.tagGroups[g]}
                    </Text>
                    {inGroup.map((d) => (
                      <Checkbox key={d.id} value={d.id} label={text(d.label)} size="sm" />
                    ))}
                  </Group>
                );
              })}
            </Stack>
          </Checkbox.Group>
        </Stack>
      )}
      <TextField
        label={`${t.assessments.titleLabel} (${t.common.optional})`}
        description={t.assessments.titleHint}
        value={title}
        onValue={setTitle}
        error={issues.title}
      />
      <TextField
        label={`${t.assessments.dueOn} (${t.common.optional})`}
        type="date"
        value={dueOn}
        onValue={setDueOn}
        error={issues.dueOn}
      />
    </FormModal>
  );
}
