// src/web/assessments/shortcuts.tsx — the workspace's keyboard: j/k or arrows to move, 1–4 for the result, Enter to comment, Escape to leave a field

import { ActionIcon, Group, Kbd, Popover, Stack, Table, Text } from '@mantine/core';
import { useEffect, useEffectEvent } from 'react';
import { type RequirementResult, requirementResults } from '../../domain/conformity/assessment.js';
import { IconKeyboard } from '../components/icons.js';
import { useI18n } from '../lib/i18n.js';

export type ShortcutHandlers = {
  next: () => void;
  previous: () => void;
  result: (r: RequirementResult) => void;
  comment: () => void;
  /** Escape in a field of the answer: leave it, back to the requirement list. */
  leaveField: () => void;
  help: () => void;
};

const typing = 'input, textarea, select, [contenteditable="true"], [contenteditable=""]';
/** Keys pressed in these belong to them (a dialog, a menu, an open list of options). */
const owned = '[role="dialog"], [role="menu"], [role="listbox"], [role="combobox"]';

/**
 * Listens on the window while the workspace is shown. Letters and digits count only when the user is
 * not typing; Escape in a field of the answer form (`.ccq-answer-form`) gives the keys back.
 */
export function useShortcuts(h: ShortcutHandlers) {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    const el = e.target instanceof HTMLElement ? e.target : null;
    if (el?.closest(owned)) return;
    if (el?.matches(typing)) {
      if (e.key === 'Escape' && el.closest('.ccq-answer-form')) {
        e.preventDefault();
        h.leaveField();
      }
      return;
    }
    const inTree = el === null || el === document.body || el.closest('.ccq-tree') !== null || el.id === 'main';
    const digit = ['1', '2', '3', '4'].indexOf(e.key);
    if (e.key === 'j' || e.key === 'ArrowDown') h.next();
    else if (e.key === 'k' || e.key === 'ArrowUp') h.previous();
    else if (digit >= 0) h.result(requirementResults[digit] as RequirementResult);
    else if (e.key === 'Enter' && inTree) h.comment();
    else if (e.key === '?') h.help();
    else return;
    e.preventDefault();
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

/** The help popover listing the keys; `?` opens it too. */
export function ShortcutHelp({ opened, onChange }: { opened: boolean; onChange: (opened: boolean) => void }) {
  const { t } = useI18n();
  const rows: [string[], string][] = [
    [['j', '↓'], t.assessments.keys.next],
    [['k', '↑'], t.assessments.keys.previous],
    ...requirementResults.map((r, i): [string[], string] => [[String(i + 1)], t.conformity.results[r]]),
    [['Enter'], t.assessments.keys.comment],
    [['Esc'], t.assessments.keys.leave],
    [['?'], t.assessments.keys.help],
  ];
  return (
    <Popover opened={opened} onChange={onChange} position="bottom-end" shadow="md" width={320} withArrow>
      <Popover.Target>
        <ActionIcon variant="default" size="lg" aria-label={t.assessments.keys.title} onClick={() => onChange(!opened)}>
          <IconKeyboard />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t.assessments.keys.title}
          </Text>
          <Table verticalSpacing={4} withRowBorders={false}>
            <Table.Tbody>
              {rows.map(([keys, what]) => (
                <Table.Tr key={what}>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {keys.map((k) => (
                        <Kbd key={k} size="xs">
                          {k}
                        </Kbd>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{what}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed">
            {t.assessments.keys.hint}
          </Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
