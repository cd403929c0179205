// src/web/frameworks/load-report.tsx — what a framework check and load report: the problems by line and column, the outcome, the edition mapping

import { Alert, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { z } from 'zod';
import type { ZLoadFrameworkResult } from '../../contracts/conformity.js';
import { type MappingRelation, mappingRelations } from '../../domain/conformity/edition-mapping.js';
import { formatNumber } from '../../i18n/index.js';
import { IconCheck } from '../components/icons.js';
import { useI18n } from '../lib/i18n.js';

export type Problem = { line: number; column: number; path: string; message: string };
type Result = z.infer<typeof ZLoadFrameworkResult>;

const relationColor: Record<MappingRelation, string> = { equal: 'teal', changed: 'orange', new: 'blue', removed: 'red' };

/** One row per problem: where it is (line:column and the key path) and what is wrong, as the server wrote it. */
export function ProblemTable({ problems }: { problems: readonly Problem[] }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={560} mah={320}>
      <Table verticalSpacing={6} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.frameworks.position}</Table.Th>
            <Table.Th scope="col">{t.frameworks.path}</Table.Th>
            <Table.Th scope="col">{t.frameworks.problem}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p) => (
            <Table.Tr key={`${p.line}:${p.column}:${p.path}:${p.message}`}>
              <Table.Td className="ccq-num ccq-nowrap">{p.line > 0 ? `${p.line}:${p.column}` : t.common.none}</Table.Td>
              <Table.Td>
                <code className="ccq-code">{p.path || t.common.none}</code>
              </Table.Td>
              <Table.Td>{p.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The outcome of a load and, for a new edition of a family already loaded, how the earlier edition's requirements map onto it. */
export function LoadOutcome({ result }: { result: Result }) {
  const { t, locale } = useI18n();
  const f = result.framework;
  return (
    <Stack gap="md">
      <Alert color="teal" variant="light" icon={<IconCheck />} title={t.frameworks.outcomes[result.outcome]}>
        {t.frameworks.outcomeDetail(f.edition, f.revision, f.requirements)}
      </Alert>
      {result.succeeds.map((s) => {
        const count = (r: MappingRelation) => s.mapping.filter((m) => m.relation === r).length;
        return (
          <Stack key={s.id} gap="xs">
            <Title order={3} fz={15}>
              {t.frameworks.mappingFrom(s.edition)}
            </Title>
            <Text size="sm" c="dimmed">
              {t.frameworks.mappingHint}
            </Text>
            <Group gap="xs">
              {mappingRelations.map((r) => (
                <Badge key={r} variant="light" color={relationColor[r]}>
                  {t.conformity.relations[r]}: {formatNumber(count(r), locale)}
                </Badge>
              ))}
            </Group>
            <Table.ScrollContainer minWidth={420} mah={300}>
              <Table verticalSpacing={4} striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t.frameworks.mappingOld(s.edition)}</Table.Th>
                    <Table.Th scope="col">{t.frameworks.mappingNew(f.edition)}</Table.Th>
                    <Table.Th scope="col">{t.frameworks.relation}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.mapping.map((m) => (
                    <Table.Tr key={`${m.from ?? ''}>${m.to ?? ''}`}>
                      <Table.Td>{m.from ? <code className="ccq-code">{m.from}</code> : t.common.none}</Table.Td>
                      <Table.Td>{m.to ? <code className="ccq-code">{m.to}</code> : t.common.none}</Table.Td>
                      <Table.Td>
                        <Badge size="sm" variant="light" color={relationColor[m.relation]}>
                          {t.conformity.relations[m.relation]}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        );
      })}
    </Stack>
  );
}
