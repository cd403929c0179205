// src/web/queues/queue-columns.tsx — the queue and site table columns shared by the home page and the queues page

import { Badge } from '@mantine/core';
import type { TQueue, TSite } from '../../contracts/organisations.js';
import type { Messages } from '../../i18n/index.js';
import type { Column } from '../components/data-table.js';

/** Code, name, channel and relationship; the site column only where the caller knows the site names. */
export const queueColumns = <Q extends TQueue>(
  t: Messages,
  relationshipOf: (q: Q) => string | null,
  siteOf?: (q: Q) => string | null,
): Column<Q>[] => [
  { key: 'code', header: t.home.queueCode, cell: (q) => <code className="ccq-code">{q.code}</code> },
  { key: 'name', header: t.home.queueName, cell: (q) => q.name },
  {
    key: 'channel',
    header: t.home.channel,
    cell: (q) => (
      <Badge size="sm" variant="light" color="gray" radius="sm">
        {t.channels[q.channel]}
      </Badge>
    ),
  },
  { key: 'relationship', header: t.home.relationship, cell: (q) => relationshipOf(q) ?? t.common.none },
  ...(siteOf ? [{ key: 'site', header: t.queues.site, cell: (q: Q) => siteOf(q) ?? t.common.none }] : []),
];

export const siteColumns = (t: Messages): Column<TSite>[] => [
  { key: 'name', header: t.common.name, cell: (s) => s.name },
  { key: 'city', header: t.home.city, cell: (s) => s.city ?? t.common.none },
];
