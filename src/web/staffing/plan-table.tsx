// src/web/staffing/plan-table.tsx — the plan's intervals as a table (folded away until asked for): the figures behind the chart

import { Button, Collapse, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import type { TPlanInterval } from '../../contracts/staffing.js';
import { type Column, DataTable } from '../components/data-table.js';
import { IconChevronDown } from '../components/icons.js';
import { useI18n } from '../lib/i18n.js';
import { bindingText, dayLabel, dayOf, num, pct, secs, timeOf } from './staffing-kit.js';

export function PlanTable({ rows }: { rows: readonly TPlanInterval[] }) {
  const { t, locale } = useI18n();
  const p = t.staffing.plan;
  const m = t.staffing.measures;
  const [open, toggle] = useDisclosure(false);
  const id = useId();
  const right = { tdProps: { ta: 'right' as const, className: 'ccq-nowrap' }, thProps: { ta: 'right' as const } };
  const columns: Column<TPlanInterval>[] = [
    {
      key: 'start',
      header: p.start,
      tdProps: { className: 'ccq-nowrap' },
      cell: (r) => `${dayLabel(dayOf(r.start), locale)} ${timeOf(r.start)}`,
    },
    { key: 'offered', header: p.contacts, ...right, cell: (r) => num(r.offered, locale, 1) },
    { key: 'aht', header: p.aht, ...right, cell: (r) => secs(r.ahtSeconds, locale) },
    { key: 'load', header: p.load, ...right, cell: (r) => num(r.load, locale, 2) },
    { key: 'c', header: p.agentsErlangC, ...right, cell: (r) => num(r.erlangC.agents, locale) },
    { key: 'a', header: p.agentsErlangA, ...right, cell: (r) => (r.erlangA ? num(r.erlangA.agents, locale) : '–') },
    { key: 'agents', header: p.agentsPlanned, ...right, cell: (r) => num(r.agents, locale) },
    { key: 'scheduled', header: p.scheduled, ...right, cell: (r) => num(r.scheduled, locale) },
    { key: 'sl', header: m.serviceLevel, ...right, cell: (r) => pct(r.expected.service_level, locale) },
    { key: 'asa', header: m.asaShort, ...right, cell: (r) => secs(r.expected.asa, locale) },
    { key: 'abandon', header: m.abandon, ...right, cell: (r) => pct(r.expected.probability_abandon, locale) },
    { key: 'occupancy', header: m.occupancy, ...right, cell: (r) => pct(r.expected.occupancy, locale) },
    { key: 'binding', header: p.binding, cell: (r) => (r.offered > 0 ? bindingText(t, r.binding) : '–') },
  ];
  return (
    <Stack gap="xs">
      <Button
        variant="subtle"
        onClick={toggle.toggle}
        aria-expanded={open}
        aria-controls={id}
        rightSection={<IconChevronDown size={14} style={{ transform: open ? 'rotate(180deg)' : undefined }} />}
        w="fit-content"
      >
        {open ? p.hideIntervals : p.showIntervals(rows.length)}
      </Button>
      <Collapse expanded={open} id={id}>
        {open && (
          <DataTable columns={columns} rows={rows} rowKey={(r) => r.start} empty={p.noIntervals} minWidth={1100} highlightOnHover={false} />
        )}
      </Collapse>
    </Stack>
  );
}
