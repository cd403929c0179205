// src/web/components/data-table.tsx — a table from column definitions, with the loading and empty states every list shares

import { Badge, type BadgeProps, Group, Skeleton, Stack, Table, type TableTdProps, type TableThProps, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Empty } from './layout.js';

export type Column<T> = {
  key: string;
  header: ReactNode;
  /** The header is for screen readers only (a column of buttons needs a name, not a visible one). */
  hiddenHeader?: boolean;
  thProps?: Omit<TableThProps, 'scope' | 'children'>;
  tdProps?: Omit<TableTdProps, 'children'>;
  cell: (row: T) => ReactNode;
};

/** Skeleton rows while a list loads, marked busy for assistive technology. */
export function TableSkeleton({ rows }: { rows: number }) {
  return (
    <Stack p="lg" gap="sm" aria-busy="true">
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity of their own
        <Skeleton key={i} h={28} />
      ))}
    </Stack>
  );
}

/**
 * Rows of `T` under column headers (`scope="col"`). `rows === null` means still loading; an empty list
 * shows `empty` instead of a table. Without `minWidth` the table is not wrapped in a scroll container.
 */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  empty,
  minWidth,
  highlightOnHover = true,
  loadingRows = 2,
}: {
  columns: Column<T>[];
  rows: readonly T[] | null;
  rowKey: (row: T) => string;
  empty: ReactNode;
  minWidth?: number;
  highlightOnHover?: boolean;
  loadingRows?: number;
}) {
  if (rows === null) return <TableSkeleton rows={loadingRows} />;
  if (rows.length === 0) return <Empty>{empty}</Empty>;
  const table = (
    <Table verticalSpacing="sm" horizontalSpacing="lg" highlightOnHover={highlightOnHover}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((c) => (
            <Table.Th key={c.key} scope="col" {...c.thProps}>
              {c.hiddenHeader ? <span className="ccq-visually-hidden">{c.header}</span> : c.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)}>
            {columns.map((c) => (
              <Table.Td key={c.key} {...c.tdProps}>
                {c.cell(row)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return minWidth === undefined ? table : <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>;
}

/** A row's name in its first cell, with a small tag beside it when the row is special (in-house, platform admin). */
export function NameCell({
  name,
  tag,
  nowrap = false,
}: {
  name: ReactNode;
  tag: { label: string; color: string; size: BadgeProps['size'] } | false;
  nowrap?: boolean;
}) {
  return (
    <Group gap={8} wrap="nowrap">
      <Text size="sm" fw={500} className={nowrap ? 'ccq-nowrap' : undefined}>
        {name}
      </Text>
      {tag && (
        <Badge size={tag.size} variant="light" color={tag.color}>
          {tag.label}
        </Badge>
      )}
    </Group>
  );
}

/** A column of dates that never wrap; `fallback` where the row has none (e.g. "never"). */
export const dateColumn = <T,>(
  key: string,
  header: ReactNode,
  value: (row: T) => string | null,
  format: (iso: string) => string,
  fallback: string,
): Column<T> => ({
  key,
  header,
  tdProps: { className: 'ccq-nowrap' },
  cell: (row) => {
    const v = value(row);
    return v ? format(v) : fallback;
  },
});

/** A row's state as a coloured dot and a word (active, ended, revoked …). */
export function StatusBadge({ color, children }: { color: string; children: ReactNode }) {
  return (
    <Badge size="sm" variant="dot" color={color}>
      {children}
    </Badge>
  );
}
