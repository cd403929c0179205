// src/web/staffing/StaffingPage.tsx — staffing plans: pick a queue and dates, compute from the forecast and the mandate's targets, save, export, compare with what happened

import { Anchor, Skeleton, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { TQueue } from '../../contracts/organisations.js';
import type { TPlan, TSavedPlan } from '../../contracts/staffing.js';
import { paths } from '../app/paths.js';
import { ErrorAlert, fieldIssues } from '../components/errors.js';
import { Empty, PageHeader } from '../components/layout.js';
import { can } from '../lib/access.js';
import { api } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { href } from '../lib/router.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { type PlanForm, PlanFormPanel, defaultPlanForm, planBody } from './plan-form.js';
import { PlanResults } from './plan-results.js';
import { PatiencePanel } from './patience-panel.js';
import { PlanVsActualPanel } from './plan-vs-actual.js';
import { SavedPlans } from './saved-plans.js';

type Run = { busy: boolean; error: unknown; issues: Record<string, string> };
const idle: Run = { busy: false, error: null, issues: {} };

export function StaffingPage() {
  const { t } = useI18n();
  const { active } = useSession();
  const queues = useLoad<TQueue[]>('/api/v1/queues');
  const [form, setForm] = useState<PlanForm>(() => defaultPlanForm(''));
  const [plan, setPlan] = useState<TPlan | null>(null);
  const [run, setRun] = useState<Run>(idle);
  const [save, setSave] = useState<Run>(idle);
  const [savedCount, setSavedCount] = useState(0);
  const [opened, setOpened] = useState<string | null>(null);
  const list = queues.data ?? [];
  // Each request and each change of the form takes a number: an answer for an older form is dropped.
  const asked = useRef(0);

  // The first queue is chosen once the list has come.
  const first = list[0]?.id ?? '';
  useEffect(() => {
    if (first) setForm((f) => (f.queue ? f : { ...f, queue: first }));
  }, [first]);

  const change = (patch: Partial<PlanForm>) => {
    asked.current += 1;
    setForm((f) => ({ ...f, ...patch }));
    // A plan shown must match the form: a changed field clears it (and another queue closes its comparison).
    setPlan(null);
    setSave(idle);
    setRun(idle);
    if (patch.queue !== undefined) setOpened(null);
  };

  const send = async (wantSave: boolean): Promise<void> => {
    const set = wantSave ? setSave : setRun;
    const built = planBody(t, form, wantSave);
    if ('issues' in built) {
      setRun({ ...idle, issues: built.issues });
      return;
    }
    set({ ...idle, busy: true });
    asked.current += 1;
    const mine = asked.current;
    try {
      const result = await api.post<TPlan>('/api/v1/staffing/plans', built.body);
      if (mine !== asked.current) return;
      setPlan(result);
      set(idle);
      if (wantSave && result.id) {
        setSavedCount((n) => n + 1);
        setOpened(null);
      }
    } catch (err) {
      if (mine !== asked.current) return;
      set({ busy: false, error: err, issues: fieldIssues(t, err) });
    }
  };

  const open = (p: TSavedPlan) => setOpened((id) => (id === p.id ? null : p.id));

  return (
    <>
      <PageHeader
        title={t.staffing.plan.title}
        description={t.staffing.plan.intro}
        actions={
          <Anchor href={href(paths.staffingCalculator)} fw={500}>
            {t.staffing.plan.toCalculator}
          </Anchor>
        }
      />
      <Stack gap="xl">
        {queues.error ? <ErrorAlert error={queues.error} onRetry={queues.reload} /> : null}
        {!queues.data && !queues.error ? <Skeleton h={160} /> : null}
        {queues.data?.length === 0 && <Empty>{t.staffing.plan.noQueues}</Empty>}
        {list.length > 0 && (
          <>
            <PlanFormPanel
              form={form}
              queues={list}
              issues={run.issues}
              busy={run.busy}
              onChange={change}
              onSubmit={() => void send(false)}
            />
            {run.error ? <ErrorAlert error={run.error} /> : null}
            {plan && (
              <PlanResults
                key={`${plan.queue.id}:${plan.from}:${plan.to}:${plan.intervalMinutes}`}
                plan={plan}
                onSave={can(active, 'staffing:plan') ? () => void send(true) : null}
                saving={save.busy}
                saveError={save.error}
              />
            )}
            {form.queue && <SavedPlans key={`${form.queue}:${savedCount}`} queueId={form.queue} openId={opened} onOpen={open} />}
            {opened && <PlanVsActualPanel key={opened} planId={opened} />}
            {form.queue && <PatiencePanel queueId={form.queue} before={form.from} weeks={Number(form.historyWeeks)} />}
          </>
        )}
      </Stack>
    </>
  );
}
