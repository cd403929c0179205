// src/web/mandates/targets-section.tsx — KPI targets (ISO 18295-2 C3.d): a dictionary KPI named exactly (variant, parameters), queues, value, band, period

import { MultiSelect, NumberInput, SimpleGrid, TagsInput, Text, TextInput } from '@mantine/core';
import { type KpiDefinition, kpiById, kpiDictionary } from '../../domain/kpi/dictionary.js';
import { type KpiTarget, targetPeriods } from '../../domain/mandates/mandate.js';
import { useI18n } from '../lib/i18n.js';
import { AddItem, Choice, EditorSection, ItemCard, freshId, removeAt, replaceAt, useEditor } from './editor-kit.js';
import { fromShown, toShown, variantsOf, withKpi } from './target-kpi.js';

export function TargetsSection({
  value,
  scopeQueues,
  onChange,
}: {
  value: KpiTarget[];
  scopeQueues: string[];
  onChange: (next: KpiTarget[]) => void;
}) {
  const { t } = useI18n();
  const g = t.mandates.editor.targets;
  const add = () => {
    const blank: KpiTarget = {
      id: freshId(
        'target',
        value.map((x) => x.id),
      ),
      kpi: '',
      variant: null,
      params: {},
      queueIds: scopeQueues,
      target: 0,
      direction: 'at_least',
      tolerance: 0,
      period: 'month',
      hours: 'opening',
      isoRefs: [],
    };
    onChange([...value, withKpi(blank, 'service_level')]);
  };
  return (
    <EditorSection id="mandate-targets" title={t.mandates.editor.sections.targets} intro={g.intro}>
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {g.none}
        </Text>
      )}
      {value.map((x, i) => (
        <ItemCard
          // biome-ignore lint/suspicious/noArrayIndexKey: the id is edited in place; keying by it would remount the card at each keystroke
          key={i}
          label={g.label(x.id)}
          removeLabel={g.remove(x.id)}
          onRemove={() => onChange(removeAt(value, i))}
        >
          <TargetFields at={`targets.${i}`} value={x} onChange={(next) => onChange(replaceAt(value, i, next))} />
        </ItemCard>
      ))}
      <AddItem onClick={add}>{g.add}</AddItem>
    </EditorSection>
  );
}

function TargetFields({ at, value, onChange }: { at: string; value: KpiTarget; onChange: (next: KpiTarget) => void }) {
  const { t, locale } = useI18n();
  const g = t.mandates.editor.targets;
  const { readOnly, err, queues } = useEditor();
  const set = (patch: Partial<KpiTarget>) => onChange({ ...value, ...patch });
  const setParam = (key: keyof KpiTarget['params'], v: number | string) => {
    const { [key]: _old, ...rest } = value.params;
    set({ params: v === '' ? rest : { ...rest, [key]: typeof v === 'number' ? v : Number.NaN } });
  };
  const k = kpiById.get(value.kpi);
  const variants = variantsOf[value.kpi];
  const has = (p: KpiDefinition['parameters'][number]) => k?.parameters.includes(p) ?? false;
  const variantLabel = (v: string) =>
    value.kpi === 'service_level'
      ? `${v}: ${(t.kpis.slVariants as Record<string, string>)[v] ?? ''}`
      : `${v}: ${(g.abandonVariants as Record<string, string>)[v] ?? ''}`;
  const known = new Set(queues.map((q) => q.id));
  const queueOptions = [
    ...queues.map((q) => ({ value: q.id, label: `${q.code} – ${q.name}` })),
    ...value.queueIds.filter((id) => !known.has(id)).map((id) => ({ value: id, label: id })),
  ];
  const param = (key: keyof KpiTarget['params']) => {
    const v = value.params[key];
    return v === undefined || !Number.isFinite(v) ? '' : v;
  };
  const valueLabel = k?.unit === 'share' ? g.valuePercent : k?.unit === 'seconds' ? g.valueSeconds : g.valueCount;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={g.id}
          description={g.idHint}
          value={value.id}
          onChange={(e) => set({ id: e.currentTarget.value })}
          readOnly={readOnly}
          error={err(`${at}.id`)}
        />
        <Choice
          label={g.kpi}
          value={value.kpi}
          onValue={(v) => onChange(withKpi(value, v))}
          data={[
            ...(k ? [] : [{ value: value.kpi, label: value.kpi || '–' }]),
            ...kpiDictionary.map((d) => ({ value: d.id, label: d.name[locale] })),
          ]}
          error={err(`${at}.kpi`)}
        />
        {variants && (
          <Choice
            label={g.variant}
            value={value.variant ?? ''}
            onValue={(v) => set({ variant: v })}
            data={variants.map((v) => ({ value: v, label: variantLabel(v) }))}
            error={err(`${at}.variant`)}
          />
        )}
      </SimpleGrid>
      {k && (
        <Text size="xs" c="dimmed">
          {k.definition[locale]}
        </Text>
      )}
      {(has('sl_threshold') || has('short_abandon') || has('repeat_window_days')) && (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {has('sl_threshold') && (
            <NumberInput
              label={g.threshold}
              value={param('thresholdSeconds')}
              onChange={(v) => setParam('thresholdSeconds', v)}
              readOnly={readOnly}
              error={err(`${at}.params.thresholdSeconds`)}
              allowDecimal={false}
              allowNegative={false}
            />
          )}
          {has('short_abandon') && (
            <NumberInput
              label={g.shortAbandon}
              value={param('shortAbandonSeconds')}
              onChange={(v) => setParam('shortAbandonSeconds', v)}
              readOnly={readOnly}
              error={err(`${at}.params.shortAbandonSeconds`)}
              allowDecimal={false}
              allowNegative={false}
            />
          )}
          {has('repeat_window_days') && (
            <NumberInput
              label={g.repeatWindow}
              value={param('repeatWindowDays')}
              onChange={(v) => setParam('repeatWindowDays', v)}
              readOnly={readOnly}
              error={err(`${at}.params.repeatWindowDays`)}
              allowNegative={false}
            />
          )}
        </SimpleGrid>
      )}
      <MultiSelect
        label={g.queues}
        data={queueOptions}
        value={value.queueIds}
        onChange={(v) => set({ queueIds: v })}
        readOnly={readOnly}
        error={err(`${at}.queueIds`)}
        searchable
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NumberInput
          label={valueLabel}
          value={toShown(k, value.target)}
          onChange={(v) => set({ target: fromShown(k, v) })}
          readOnly={readOnly}
          error={err(`${at}.target`)}
        />
        <Choice
          label={g.direction}
          value={value.direction}
          onValue={(v) => set({ direction: v as KpiTarget['direction'] })}
          data={(['at_least', 'at_most'] as const).map((d) => ({ value: d, label: g.directions[d] }))}
          error={err(`${at}.direction`)}
        />
        <NumberInput
          label={k?.unit === 'share' ? g.tolerancePercent : g.toleranceOther}
          value={toShown(k, value.tolerance)}
          onChange={(v) => set({ tolerance: fromShown(k, v) })}
          readOnly={readOnly}
          error={err(`${at}.tolerance`)}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt={-6}>
        {g.toleranceHint}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Choice
          label={g.period}
          value={value.period}
          onValue={(v) => set({ period: v as KpiTarget['period'] })}
          data={targetPeriods.map((p) => ({ value: p, label: g.periods[p] }))}
          error={err(`${at}.period`)}
        />
        <Choice
          label={g.hours}
          value={value.hours}
          onValue={(v) => set({ hours: v as KpiTarget['hours'] })}
          data={(['opening', 'all'] as const).map((h) => ({ value: h, label: g.hoursOptions[h] }))}
          error={err(`${at}.hours`)}
        />
      </SimpleGrid>
      <TagsInput
        label={g.isoRefs}
        description={g.isoRefsHint}
        value={value.isoRefs}
        onChange={(v) => set({ isoRefs: v })}
        readOnly={readOnly}
        error={err(`${at}.isoRefs`)}
      />
    </>
  );
}
