// src/web/complaints/complaint-kit.tsx — shared pieces of the complaints pages: status and owner badges, deadline cells

import { Badge, Group, Text } from '@mantine/core';
import type { TComplaint } from '../../contracts/complaints.js';
import { formatDateTime } from '../../i18n/index.js';
import { useI18n } from '../lib/i18n.js';

const statusColor: Record<TComplaint['status'], string> = {
  received: 'gray',
  acknowledged: 'blue',
  assessed: 'cyan',
  investigating: 'violet',
  responded: 'teal',
  closed: 'green',
};

export function StatusBadge({ status }: { status: TComplaint['status'] }) {
  const { t } = useI18n();
  return (
    <Badge color={statusColor[status]} variant="light">
      {t.complaints.statuses[status]}
    </Badge>
  );
}

export function OwnerBadge({ owner }: { owner: TComplaint['owner'] }) {
  const { t } = useI18n();
  return (
    <Badge color={owner === 'client' ? 'orange' : 'indigo'} variant="outline">
      {t.complaints.parties[owner]}
    </Badge>
  );
}

/** A deadline, red and labelled when it has passed unmet (the label is text, not colour alone). */
export function Deadline({ at, overdue, label }: { at: string; overdue: boolean; label: string }) {
  const { locale } = useI18n();
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
        {formatDateTime(at, locale)}
      </Text>
      {overdue && (
        <Badge color="red" size="sm" variant="filled">
          {label}
        </Badge>
      )}
    </Group>
  );
}

/** Whether a complaint still runs (not closed). */
export const isOpen = (c: TComplaint): boolean => c.status !== 'closed';
