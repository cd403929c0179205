// src/web/qa/calibration-view.tsx — a calibration session: each evaluator's answers side by side, spread and agreement per criterion, Fleiss' kappa

import { Button, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { TCalibrationView } from '../../contracts/qa.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import { errorText } from '../components/errors.js';
import { api } from '../lib/api.js';
import { can } from '../lib/access.js';
import { useI18n } from '../lib/i18n.js';
import { useSession } from '../lib/session.js';
import { useLoad } from '../lib/use-load.js';
import { AnswersInput } from './answers-input.js';
import { type DraftAnswers, scoreText } from './qa-kit.js';

export function CalibrationView({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { active, me } = useSession();
  const view = useLoad<TCalibrationView>(`/api/v1/qa/calibrations/${encodeURIComponent(id)}`);
  const [answers, setAnswers] = useState<DraftAnswers>({});
  const [error, setError] = useState<unknown>(null);
  const v = view.data;
  const scored = v?.scores.some((s) => s.evaluatorUserId === me.user.id) ?? false;
  const submit = async () => {
    setError(null);
    try {
      view.setData(await api.post<TCalibrationView>(`/api/v1/qa/calibrations/${encodeURIComponent(id)}/scores`, { answers }));
    } catch (e) {
      setError(e);
    }
  };
  const num = (x: number | null, digits = 2) => (x === null ? '–' : formatNumber(x, locale, { maximumFractionDigits: digits }));
  return (
    <Modal opened onClose={onClose} title={v?.session.title ?? t.qa.calibrations} size="xl" centered>
      {v && (
        <Stack gap="md">
          <Text fw={600} fz={18}>
            {t.qa.kappa}: {num(v.agreement.kappa)} · {t.qa.raters}: {v.agreement.raters} · {t.qa.scoreRange}:{' '}
            {num(v.agreement.scoreRange, 1)}
          </Text>
          <Text size="sm" c="dimmed">
            {t.qa.kappaHelp}
          </Text>
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.qa.criterion}</Table.Th>
                  {v.scores.map((s) => (
                    <Table.Th key={s.id} scope="col">
                      {s.evaluatorName}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">{t.qa.range}</Table.Th>
                  <Table.Th scope="col">{t.qa.agreement}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {v.scorecard.content.sections.flatMap((sec) =>
                  sec.criteria.map((c) => {
                    const a = v.agreement.criteria.find((x) => x.criterionId === c.id);
                    return (
                      <Table.Tr key={c.id}>
                        <Table.Th scope="row" fw={400}>
                          {c.title}
                        </Table.Th>
                        {v.scores.map((s) => (
                          <Table.Td key={s.id}>{s.answers[c.id] === null ? t.qa.na : `${s.answers[c.id]} / ${c.max}`}</Table.Td>
                        ))}
                        <Table.Td>{num(a?.range ?? null)}</Table.Td>
                        <Table.Td c={a?.agreement !== null && (a?.agreement ?? 1) < 0.5 ? 'orange' : undefined}>
                          {a?.agreement === null || a === undefined ? '–' : formatPercent(a.agreement, locale)}
                        </Table.Td>
                      </Table.Tr>
                    );
                  }),
                )}
                <Table.Tr>
                  <Table.Th scope="row">{t.qa.score}</Table.Th>
                  {v.scores.map((s) => (
                    <Table.Td key={s.id} fw={600}>
                      {scoreText(s.score, locale)}
                    </Table.Td>
                  ))}
                  <Table.Td colSpan={2} />
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {!scored && can(active, 'qa:evaluate') && (
            <Stack gap="sm">
              <Text fw={600}>{t.qa.yourScore}</Text>
              <AnswersInput card={v.scorecard} value={answers} onChange={setAnswers} issues={{}} />
              <Button onClick={submit} w="fit-content">
                {t.qa.save}
              </Button>
            </Stack>
          )}
          {error !== null && (
            <Text c="red" size="sm" role="alert">
              {errorText(t, error)}
            </Text>
          )}
        </Stack>
      )}
    </Modal>
  );
}
