// src/web/assessments/workspace.tsx — answering an assessment: the requirement tree with markers and a filter, the selected requirement, the keyboard

import { Alert, Grid, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { TAnswer, TAssessmentView, TEvidence, TFinding, TFrameworkNode } from '../../contracts/conformity.js';
import type { TMember } from '../../contracts/organisations.js';
import { resultColor } from '../components/conformity.js';
import { useI18n } from '../lib/i18n.js';
import { RequirementTree } from '../frameworks/requirement-tree.js';
import { type FocusRequest, TYPING_DELAY_MS } from './answer-form.js';
import { RequirementPanel } from './requirement-panel.js';
import { ShortcutHelp, useShortcuts } from './shortcuts.js';
import type { AnswerSaver } from './use-answer-saver.js';

const filters = ['all', 'todo', 'nonconformant', 'not_applicable'] as const;
type Filter = (typeof filters)[number];

/** The filter's "nonconformant" is the strict result; partly conformant requirements show under "all". */
const passes = (f: Filter, a: TAnswer): boolean => f === 'all' || (f === 'todo' ? a.result === null : a.result === f);

/** The requirements in view and the headings above them, in framework order. */
const visibleNodes = (nodes: readonly TFrameworkNode[], shown: Set<string>): TFrameworkNode[] => {
  const parent = new Map(nodes.map((n) => [n.ref, n.parentRef]));
  const keep = new Set<string>();
  for (const ref of shown) {
    let r: string | null | undefined = ref;
    while (r) {
      keep.add(r);
      r = parent.get(r);
    }
  }
  return nodes.filter((n) => keep.has(n.ref));
};

export type WorkspaceData = {
  view: TAssessmentView;
  evidence: TEvidence[] | null;
  findings: TFinding[] | null;
  members: TMember[] | null;
  /** Why the answers cannot be changed (role or status), or null when they can. */
  readOnly: string | null;
  reloadEvidence: () => void;
  reloadFindings: () => void;
};

export function Workspace({ data, saver }: { data: WorkspaceData; saver: AnswerSaver }) {
  const { t } = useI18n();
  const { view } = data;
  const readOnly = data.readOnly !== null;
  const nodes = view.framework.nodes;
  const [filter, setFilter] = useState<Filter>('all');
  const [selected, setSelected] = useState<string | null>(
    () => nodes.find((n) => n.assessable && view.answers.some((a) => a.ref === n.ref))?.ref ?? null,
  );
  const [focus, setFocus] = useState<FocusRequest>(null);
  const [help, setHelp] = useState(false);
  const answered = useMemo(() => new Set(view.answers.map((a) => a.ref)), [view.answers]);

  const order = nodes
    .filter((n) => n.assessable && answered.has(n.ref))
    .filter((n) => n.ref === selected || passes(filter, saver.answerOf(n.ref) as TAnswer))
    .map((n) => n.ref);
  const treeNodes = visibleNodes(nodes, new Set(order));

  const select = (ref: string) => {
    if (ref === selected) return;
    // Leaving a requirement sends what was typed there without waiting for the pause.
    saver.flush();
    const inTree = document.activeElement?.closest('.ccq-tree') != null;
    setSelected(ref);
    if (inTree) requestAnimationFrame(() => document.querySelector<HTMLElement>(`.ccq-tree [data-ref="${CSS.escape(ref)}"]`)?.focus());
  };
  const move = (step: number) => {
    const i = selected === null ? -1 : order.indexOf(selected);
    const next = order[Math.min(order.length - 1, Math.max(0, i + step))];
    if (next) select(next);
  };
  const focusField = (field: 'comment' | 'justification') => setFocus({ field, n: (focus?.n ?? 0) + 1 });

  useShortcuts({
    next: () => move(1),
    previous: () => move(-1),
    result: (r) => {
      if (readOnly || selected === null) return;
      const a = saver.answerOf(selected);
      const needsWords = r === 'not_applicable' && !(a?.justification ?? '').trim();
      saver.edit(selected, { result: r }, needsWords ? TYPING_DELAY_MS : 0);
      if (needsWords) focusField('justification');
    },
    comment: () => focusField('comment'),
    leaveField: () => {
      (document.activeElement as HTMLElement | null)?.blur();
      if (selected) document.querySelector<HTMLElement>(`.ccq-tree [data-ref="${CSS.escape(selected)}"]`)?.focus();
    },
    help: () => setHelp((o) => !o),
  });

  const marker = (n: TFrameworkNode) => {
    const a = saver.answerOf(n.ref);
    const label = a?.result ? t.conformity.results[a.result] : t.conformity.notAssessed;
    const unsaved = saver.hasUnsaved(n.ref);
    return (
      <span className="ccq-tree-marker">
        {unsaved && (
          <span className="ccq-unsaved" title={t.assessments.unsaved}>
            ●
          </span>
        )}
        <span
          className="ccq-dot"
          data-result={a?.result ?? 'none'}
          style={a?.result ? { background: `var(--mantine-color-${resultColor[a.result]}-6)`, borderColor: 'transparent' } : undefined}
          aria-hidden="true"
        />
        <span className="ccq-visually-hidden">
          , {label}
          {unsaved ? `, ${t.assessments.unsaved}` : ''}
        </span>
      </span>
    );
  };

  const node = nodes.find((n) => n.ref === selected) ?? null;
  const answer = selected ? saver.answerOf(selected) : undefined;

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Paper withBorder radius="md" p="xs" className="ccq-section ccq-sticky">
          <Stack gap="xs">
            <Group justify="space-between" gap="xs" wrap="nowrap" px={4}>
              <Text fw={600} size="sm">
                {t.assessments.requirements}
              </Text>
              <ShortcutHelp opened={help} onChange={setHelp} />
            </Group>
            <SegmentedControl
              size="xs"
              fullWidth
              aria-label={t.assessments.filter}
              value={filter}
              onChange={(v) => setFilter(v as Filter)}
              data={filters.map((f) => ({ value: f, label: t.assessments.filters[f] }))}
            />
            {order.length === 0 ? (
              <Text size="sm" c="dimmed" p="sm">
                {t.assessments.nothingInFilter}
              </Text>
            ) : (
              <RequirementTree
                nodes={treeNodes}
                selected={selected}
                onSelect={select}
                label={t.assessments.requirements}
                selectable={(n) => n.assessable && answered.has(n.ref)}
                marker={marker}
                height="calc(100vh - 330px)"
              />
            )}
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {data.readOnly !== null && (
          <Alert color="gray" variant="light" mb="md">
            {data.readOnly}
          </Alert>
        )}
        {node && answer ? (
          <RequirementPanel node={node} answer={answer} data={data} saver={saver} focus={focus} />
        ) : (
          <Text c="dimmed">{t.assessments.pickRequirement}</Text>
        )}
      </Grid.Col>
    </Grid>
  );
}
