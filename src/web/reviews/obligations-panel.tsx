// src/web/reviews/obligations-panel.tsx — a mandate's obligations (ISO 18295-2 information duties): where each stands, and marking one delivered

import { Badge, Button, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { TObligationStatus } from '../../contracts/reviews.js';
import type { ObligationState } from '../../domain/mandates/obligations.js';
import { formatDate } from '../../i18n/index.js';
import { TableSkeleton } from '../components/data-table.js';
import { ErrorAlert } from '../components/errors.js';
import { Empty, Section } from '../components/layout.js';
import { useNotice } from '../components/notice.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { DeliverModal } from './deliver-modal.js';

export const obligationColour: Record<ObligationState, string> = { overdue: 'red', due_soon: 'yellow', done: 'green', upcoming: 'gray' };

/** The obligations of the mandate in force (else its draft), with "Mark delivered" for those who may record deliveries. */
export function ObligationsPanel({ mandateId }: { mandateId: string }) {
  const { t, locale } = useI18n();
  const { active } = useSession();
  const list = useLoad<TObligationStatus[]>(`/api/v1/mandates/${encodeURIComponent(mandateId)}/obligations`);
  const [marking, setMarking] = useState<TObligationStatus | null>(null);
  const [notice, showNotice] = useNotice();
  const w = t.reviews.obligations;
  const mayEdit = can(active, 'mandate:edit');
  const rows = list.data;

  return (
    <Section id={`obligations-${mandateId}`} title={w.title} description={w.intro}>
      <Stack gap={0}>
        {notice}
        {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
        {!rows && !list.error && <TableSkeleton rows={2} />}
        {rows?.length === 0 && <Empty>{w.none}</Empty>}
        {rows && rows.length > 0 && (
          <ScrollArea type="auto">
            <Table verticalSpacing="sm" horizontalSpacing="lg" aria-label={w.table} miw={720}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{w.obligation}</Table.Th>
                  <Table.Th scope="col">{w.owner}</Table.Th>
                  <Table.Th scope="col">{w.dueOn}</Table.Th>
                  <Table.Th scope="col">{w.state}</Table.Th>
                  <Table.Th scope="col">{w.lastDone}</Table.Th>
                  {mayEdit && (
                    <Table.Th scope="col">
                      <span className="ccq-visually-hidden">{t.common.actions}</span>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((o) => (
                  <Table.Tr key={o.obligation.id}>
                    <Table.Td>
                      <Text size="sm" fw={550}>
                        {o.obligation.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {w.recurrences[o.obligation.recurrence]}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t.reviews.parties[o.owner]}</Table.Td>
                    <Table.Td className="ccq-num">{formatDate(o.dueOn, locale)}</Table.Td>
                    <Table.Td>
                      <Badge color={obligationColour[o.state]} variant={o.state === 'overdue' ? 'filled' : 'light'}>
                        {w.states[o.state]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {o.lastDone ? w.lastDoneBy(formatDate(o.lastDone.doneOn, locale), o.lastDone.recordedByName) : w.never}
                      </Text>
                      {o.lastDone?.note && (
                        <Text size="xs" c="dimmed">
                          {o.lastDone.note}
                        </Text>
                      )}
                    </Table.Td>
                    {mayEdit && (
                      <Table.Td>
                        {o.state !== 'done' && (
                          <Button size="xs" variant="light" aria-label={w.markDoneOf(o.obligation.title)} onClick={() => setMarking(o)}>
                            {w.markDone}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Stack>
      {mayEdit && (
        <DeliverModal
          mandateId={mandateId}
          status={marking}
          onClose={() => setMarking(null)}
          onDone={(res, title) => {
            setMarking(null);
            list.setData(res.obligations);
            showNotice(res.recorded ? w.recorded(title) : w.alreadyRecorded(title));
          }}
        />
      )}
    </Section>
  );
}
