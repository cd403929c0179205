// src/web/mandates/mandate-diff.tsx — any two versions of a mandate compared field by field (targets and obligations matched by id)

import { Badge, Group, NativeSelect, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { formatPercent } from '../../i18n/index.js';
import { ErrorAlert } from '../components/errors.js';
import { useI18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use-load.js';
import { type Change, type ChangeKind, changedItems, compact, itemsOf, kindOf, shareOf } from './diff-format.js';
import type { MandateView } from './mandate-view.js';

const kindColour: Record<ChangeKind, string> = { added: 'green', removed: 'red', changed: 'yellow' };

/** By default the version in force against the newest (the draft); without one in force, the newest against the one before. */
const defaultPair = (v: MandateView): [number, number] => {
  const to = v.current.number;
  const from = v.inForce && v.inForce.number !== to ? v.inForce.number : Math.max(1, to - 1);
  return [from, to];
};

export function MandateDiff({ view }: { view: MandateView }) {
  const { t } = useI18n();
  const d = t.mandates.diff;
  const [pair, setPair] = useState(() => defaultPair(view));
  const [from, to] = pair;
  const path = from !== to ? `/api/v1/mandates/${encodeURIComponent(view.mandate.id)}/diff?from=${from}&to=${to}` : null;
  const changes = useLoad<Change[]>(path);
  const options = view.versions.map((v) => ({ value: String(v.number), label: d.version(v.number, v.status) }));
  const contents = view.versions.filter((v) => v.number === from || v.number === to).map((v) => v.content);
  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end">
        <NativeSelect
          label={d.from}
          value={String(from)}
          onChange={(e) => setPair([Number(e.currentTarget.value), to])}
          data={options}
          w={260}
        />
        <NativeSelect
          label={d.to}
          value={String(to)}
          onChange={(e) => setPair([from, Number(e.currentTarget.value)])}
          data={options}
          w={260}
        />
        {path && changes.data && !changes.loading && (
          <Text size="sm" c="dimmed" pb={8} role="status">
            {changes.data.length ? d.count(changes.data.length) : d.none}
          </Text>
        )}
      </Group>
      {path === null && (
        <Text size="sm" c="dimmed">
          {d.same}
        </Text>
      )}
      {path && changes.error ? <ErrorAlert error={changes.error} onRetry={changes.reload} /> : null}
      {path && changes.loading && <Skeleton h={120} />}
      {path && !changes.loading && changes.data && changes.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder verticalSpacing="sm" aria-label={d.title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{d.field}</Table.Th>
                <Table.Th scope="col">{d.change}</Table.Th>
                <Table.Th scope="col">{d.before}</Table.Th>
                <Table.Th scope="col">{d.after}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.data.map((c) => (
                <ChangeRow key={c.path} change={c} share={shareOf(c.path, contents)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function ChangeRow({ change, share }: { change: Change; share: boolean }) {
  const { t } = useI18n();
  const d = t.mandates.diff;
  const kind = kindOf(change);
  const section = (d.fields as Record<string, string>)[change.path.split('.')[0] ?? ''];
  return (
    <Table.Tr>
      <Table.Td>
        {section && (
          <Text size="sm" fw={550}>
            {section}
          </Text>
        )}
        <Text size="xs" c="dimmed" className="ccq-code">
          {change.path}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge color={kindColour[kind]} variant="light">
          {d.kinds[kind]}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Value value={change.before} other={change.after} side="before" share={share} />
      </Table.Td>
      <Table.Td>
        <Value value={change.after} other={change.before} side="after" share={share} />
      </Table.Td>
    </Table.Tr>
  );
}

/** One side of a change; in a list, the items the other side lacks are marked (removed before, added after). */
function Value({ value, other, side, share }: { value: unknown; other: unknown; side: 'before' | 'after'; share: boolean }) {
  const { t, locale } = useI18n();
  const colour = side === 'before' ? 'red' : 'green';
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t.mandates.diff.empty}
      </Text>
    );
  if (!Array.isArray(value))
    return (
      <Text size="sm" c={`${colour}.9`} td={side === 'before' ? 'line-through' : undefined} style={{ overflowWrap: 'anywhere' }}>
        {compact(value)}
        {share && typeof value === 'number'
          ? ` (${formatPercent(value, locale, Number.isInteger(Math.round(value * 1e6) / 1e4) ? 0 : 1)})`
          : ''}
      </Text>
    );
  const marked = changedItems(value, other);
  return (
    <Stack gap={2}>
      {itemsOf(value).map((item, i) => (
        <Text
          // biome-ignore lint/suspicious/noArrayIndexKey: list items are shown in order and may repeat
          key={i}
          size="sm"
          px={4}
          bg={marked.has(i) ? `${colour}.0` : undefined}
          c={marked.has(i) ? `${colour}.9` : undefined}
          td={marked.has(i) && side === 'before' ? 'line-through' : undefined}
          style={{ overflowWrap: 'anywhere', borderRadius: 4 }}
        >
          {marked.has(i) ? (side === 'before' ? '− ' : '+ ') : ''}
          {item}
        </Text>
      ))}
    </Stack>
  );
}
