// src/web/staffing/CalculatorPage.tsx — the Erlang C / Erlang A calculator: figures for one interval, worked out in the browser as the planner types

import { Alert, Anchor, Grid, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import type { CalculatorResult } from '../../domain/staffing/calculator.js';
import { paths } from '../app/paths.js';
import { PageHeader } from '../components/layout.js';
import { useI18n } from '../lib/i18n.js';
import { href } from '../lib/router.js';
import { CalculatorChart } from './calculator-chart.js';
import { CalculatorFormPanel } from './calculator-form.js';
import { type CalculatorForm, defaultForm, runCalculator } from './calculator-model.js';
import { bindingText, issueText, num, pct, secs } from './staffing-kit.js';
import { Stat } from './stat.js';

function Results({ result }: { result: CalculatorResult }) {
  const { t, locale } = useI18n();
  const c = t.staffing.calc;
  const m = result.measures;
  const fixed = result.binding === null;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
        <Stat
          label={fixed ? c.agentsGiven : c.agentsRequired}
          value={num(result.agents, locale)}
          hint={c.loadHint(num(result.load, locale, 2))}
        />
        <Stat label={c.scheduled} value={num(result.scheduled, locale)} hint={c.scheduledHint(pct(result.shrinkage, locale, 0))} />
        <Stat
          label={t.staffing.measures.serviceLevel}
          value={pct(m.serviceLevel, locale)}
          hint={c.slHint(num(m.thresholdSeconds, locale))}
        />
        <Stat label={t.staffing.measures.asa} value={secs(m.stable ? m.asa : null, locale)} />
        <Stat label={t.staffing.measures.probabilityWait} value={pct(m.probabilityWait, locale)} />
        {result.model === 'erlang-a' && <Stat label={t.staffing.measures.abandon} value={pct(m.probabilityAbandon, locale)} />}
        <Stat label={t.staffing.measures.occupancy} value={pct(m.occupancy, locale)} />
        <Stat label={c.binding} value={bindingText(t, result.binding)} />
      </SimpleGrid>
      {!m.stable && (
        <Alert color="orange" variant="light">
          {c.unstable}
        </Alert>
      )}
    </Stack>
  );
}

function Help() {
  const { t } = useI18n();
  const c = t.staffing.calc;
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="xs">
        <Title order={2} fz={17} fw={600}>
          {c.helpTitle}
        </Title>
        <Text size="sm">{c.helpErlangC}</Text>
        <Text size="sm">{c.helpErlangA}</Text>
        <Text size="sm">{c.helpServiceLevel}</Text>
        <Text size="sm">{c.helpShrinkage}</Text>
      </Stack>
    </Paper>
  );
}

export function CalculatorPage() {
  const { t } = useI18n();
  const c = t.staffing.calc;
  const [form, setForm] = useState<CalculatorForm>(defaultForm);
  // The answer follows the typing; a deferred copy keeps typing smooth when a large load takes a moment.
  const deferred = useDeferredValue(form);
  const outcome = useMemo(() => runCalculator(deferred), [deferred]);
  const issues = outcome.ok ? {} : outcome.issues;

  return (
    <>
      <PageHeader
        title={c.title}
        description={c.intro}
        eyebrow={
          <Anchor href={href(paths.staffing)} size="sm">
            {c.backToPlan}
          </Anchor>
        }
      />
      <Stack gap="xl">
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <CalculatorFormPanel form={form} issues={issues} onChange={(patch) => setForm((f) => ({ ...f, ...patch }))} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="md">
              <Title order={2} fz={17} fw={600}>
                {c.results}
              </Title>
              {outcome.ok ? (
                <Results result={outcome.result} />
              ) : (
                <Alert color="red" variant="light" role="alert" title={c.invalidTitle}>
                  {issues.general ? issueText(t, issues.general) : c.invalid}
                </Alert>
              )}
              {outcome.ok && outcome.result.curve.length > 1 && <CalculatorChart result={outcome.result} />}
            </Stack>
          </Grid.Col>
        </Grid>
        <Help />
      </Stack>
    </>
  );
}
