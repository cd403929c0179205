// src/web/mandates/target-board.tsx — traffic lights per target and period for a month: measured value, coverage, met / at risk / missed / no data

import { Badge, Group, Skeleton, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { TKpiDefinition } from '../../contracts/contact-data.js';
import { kpiById } from '../../domain/kpi/dictionary.js';
import type { TargetStatus } from '../../domain/mandates/target-evaluation.js';
import { formatNumber, formatPercent } from '../../i18n/index.js';
import { ErrorAlert } from '../components/errors.js';
import { useI18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use-load.js';

type Evaluation = {
  targetId: string;
  kpi: string;
  variant: string | null;
  target: number;
  direction: 'at_least' | 'at_most';
  period: { label: string };
  measured: number | null;
  coverage: number;
  status: TargetStatus;
};

const colour: Record<TargetStatus, string> = { met: 'green', at_risk: 'yellow', missed: 'red', no_data: 'gray' };

const thisMonth = (): string => new Date().toISOString().slice(0, 7);

export function TargetBoard({ mandateId }: { mandateId: string }) {
  const { t, locale } = useI18n();
  const [month, setMonth] = useState(thisMonth());
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const data = useLoad<{ version: number; evaluations: Evaluation[] }>(
    valid ? `/api/v1/mandates/${mandateId}/evaluation?period=${month}` : null,
  );
  const value = (kpi: string, v: number | null) => {
    if (v === null) return '–';
    const unit = (kpiById.get(kpi) as TKpiDefinition | undefined)?.unit;
    return unit === 'share'
      ? formatPercent(v, locale)
      : unit === 'seconds'
        ? `${formatNumber(Math.round(v * 10) / 10, locale)} s`
        : formatNumber(v, locale);
  };
  return (
    <>
      <Group gap="sm" mb="sm">
        <TextInput
          label={t.mandates.month}
          description={t.mandates.monthHelp}
          value={month}
          onChange={(e) => setMonth(e.currentTarget.value)}
          error={valid ? undefined : t.mandates.monthInvalid}
          w={200}
        />
      </Group>
      {data.error ? <ErrorAlert error={data.error} onRetry={data.reload} /> : null}
      {!data.data && !data.error && valid ? <Skeleton h={120} /> : null}
      {data.data && (
        <Table striped withTableBorder aria-label={t.mandates.board}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.mandates.kpi}</Table.Th>
              <Table.Th>{t.mandates.period}</Table.Th>
              <Table.Th>{t.mandates.target}</Table.Th>
              <Table.Th>{t.mandates.measured}</Table.Th>
              <Table.Th>{t.mandates.coverage}</Table.Th>
              <Table.Th>{t.mandates.status}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.data.evaluations.map((e) => (
              <Table.Tr key={`${e.targetId}:${e.period.label}`}>
                <Table.Td>
                  <Text size="sm" fw={550}>
                    {kpiById.get(e.kpi)?.name[locale] ?? e.kpi}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {e.targetId}
                    {e.variant ? ` · ${e.variant}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>{e.period.label}</Table.Td>
                <Table.Td>
                  {e.direction === 'at_least' ? '≥' : '≤'} {value(e.kpi, e.target)}
                </Table.Td>
                <Table.Td className="ccq-num">{value(e.kpi, e.measured)}</Table.Td>
                <Table.Td className="ccq-num">{formatPercent(e.coverage, locale)}</Table.Td>
                <Table.Td>
                  <Badge color={colour[e.status]} variant={e.status === 'no_data' ? 'outline' : 'light'}>
                    {t.mandates.statuses[e.status]}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
