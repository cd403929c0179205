// src/web/mandates/editor-kit.tsx — what the mandate editor's sections share: read-only state, server field issues, list items, time ranges

import { ActionIcon, Button, Group, NativeSelect, type NativeSelectProps, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import type { TQueue } from '../../contracts/organisations.js';
import type { TimeRange } from '../../domain/mandates/mandate.js';
import type { Messages } from '../../i18n/index.js';
import { IconPlus, IconTrash } from '../components/icons.js';
import { ApiError } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';

/** A problem the server found in the content, by its path inside the content (`targets.0.target`). */
export type Issue = { path: string; message: string };

/** The field issues of a failed save; body paths (`content.targets.0.target`) lose their `content.` prefix. */
export const issuesOf = (err: unknown): Issue[] =>
  err instanceof ApiError ? err.issues.map((i) => ({ path: i.path.replace(/^content\./, ''), message: i.message })) : [];

/** Zod's own phrases and the content checks' phrases with a value in them, each with its words per language. */
const patterns: [RegExp, (w: Messages['mandates']['issues'], m: string[]) => string][] = [
  [/^Too small: expected string to have >=1 characters?$/, (w) => w.empty],
  [/^Too small: expected number to be >=(\S+)$/, (w, m) => w.atLeast(m[1] ?? '')],
  [/^Too big: expected number to be <=(\S+)$/, (w, m) => w.atMost(m[1] ?? '')],
  [/^Too big: expected string to have <=(\d+) characters$/, (w, m) => w.maxLength(m[1] ?? '')],
  [/^Invalid input: expected int\b/, (w) => w.wholeNumber],
  [/^Invalid input: expected number\b/, (w) => w.number],
  [/^(\S+) is not after (\S+)$/, (w, m) => w.notAfter(m[1] ?? '', m[2] ?? '')],
  [/^(?:target|obligation) id "(.*)" is used twice$/, (w, m) => w.usedTwice(m[1] ?? '')],
  [/^"(.*)" is not a KPI of the dictionary$/, (w, m) => w.notAKpi(m[1] ?? '')],
];

/** The server's message in the user's language where it is one we know; otherwise as sent. */
export const issueWords = (t: Messages, message: string): string => {
  const w = t.mandates.issues;
  const known = (w as unknown as Record<string, unknown>)[message] ?? (t.issues as Record<string, unknown>)[message];
  if (typeof known === 'string') return known;
  for (const [re, words] of patterns) {
    const m = re.exec(message);
    if (m) return words(w, [...m]);
  }
  return message;
};

type EditorState = { readOnly: boolean; issues: Issue[]; queues: TQueue[] };

const EditorContext = createContext<EditorState>({ readOnly: true, issues: [], queues: [] });

export function EditorProvider({ value, children }: { value: EditorState; children: ReactNode }) {
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
}

/** Whether the content can change, the relationship's queues, and the issue text of a field (its path and anything below it). */
export const useEditor = (): EditorState & { err: (path: string) => string | undefined } => {
  const { t } = useI18n();
  const state = useContext(EditorContext);
  const err = (path: string) => {
    const found = state.issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`));
    return found.length ? [...new Set(found.map((i) => issueWords(t, i.message)))].join('; ') : undefined;
  };
  return { ...state, err };
};

export const replaceAt = <T,>(list: readonly T[], i: number, item: T): T[] => list.map((x, j) => (j === i ? item : x));
export const removeAt = <T,>(list: readonly T[], i: number): T[] => list.filter((_, j) => j !== i);

/** Empty text is "not given" (null) where the content allows null. */
export const orNull = (v: string): string | null => (v === '' ? null : v);

/** A short id not used yet in `taken`, e.g. `target-3`. */
export const freshId = (prefix: string, taken: readonly string[]): string => {
  for (let i = taken.length + 1; ; i++) if (!taken.includes(`${prefix}-${i}`)) return `${prefix}-${i}`;
};

/** One section of the editor, titled, with an optional line of help. */
export function EditorSection({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder radius="md" p="lg" aria-labelledby={`${id}-title`}>
      <Stack gap="md">
        <div>
          <Title order={3} fz={17} fw={600} id={`${id}-title`}>
            {title}
          </Title>
          {intro && (
            <Text size="sm" c="dimmed" mt={2}>
              {intro}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

/** One item of a list (a target, an obligation): a named group with its remove button when editable. */
export function ItemCard({
  label,
  removeLabel,
  onRemove,
  children,
}: {
  label: string;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  const { readOnly } = useEditor();
  return (
    <Paper role="group" aria-label={label} withBorder radius="sm" p="md" bg="gray.0">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
          {children}
        </Stack>
        {!readOnly && (
          <ActionIcon variant="subtle" color="red" aria-label={removeLabel} title={removeLabel} onClick={onRemove}>
            <IconTrash size={16} />
          </ActionIcon>
        )}
      </Group>
    </Paper>
  );
}

/** The "add one more" button under a list; hidden when the content is read-only. */
export function AddItem({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  const { readOnly } = useEditor();
  if (readOnly) return null;
  return (
    <Group>
      <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={onClick}>
        {children}
      </Button>
    </Group>
  );
}

const formatRanges = (ranges: readonly TimeRange[]): string => ranges.map((r) => `${r.from}–${r.to}`).join(', ');

/** "08:00–12:00, 13:00–17:00" → ranges; pieces are kept as written so the server names a malformed one. */
export const parseRanges = (text: string): TimeRange[] =>
  text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const [from = '', to = ''] = p.split(/\s*[-–—]\s*/);
      return { from, to };
    });

/**
 * Time ranges of one day as text. The text is the user's while they type; it is rewritten from the
 * value only when the value changes from elsewhere (discarded changes, a reload).
 */
export function RangesInput({
  label,
  value,
  onChange,
  error,
  description,
}: {
  label: string;
  value: readonly TimeRange[];
  onChange: (ranges: TimeRange[]) => void;
  error?: string | undefined;
  description?: string;
}) {
  const { readOnly } = useEditor();
  const [text, setText] = useState(() => formatRanges(value));
  const outside = formatRanges(value);
  useEffect(() => {
    setText((current) => (formatRanges(parseRanges(current)) === outside ? current : outside));
  }, [outside]);
  return (
    <TextInput
      label={label}
      description={description}
      value={text}
      readOnly={readOnly}
      error={error}
      placeholder="–"
      onChange={(e) => {
        setText(e.currentTarget.value);
        onChange(parseRanges(e.currentTarget.value));
      }}
    />
  );
}

/**
 * A choice from a fixed list. Read-only, it is a read-only text field with the chosen label: a
 * disabled select would grey the very words the reader came for.
 */
export function Choice({
  data,
  value,
  onValue,
  ...props
}: Omit<NativeSelectProps, 'data' | 'value' | 'onChange' | 'disabled'> & {
  data: { value: string; label: string }[];
  value: string;
  onValue: (value: string) => void;
}) {
  const { readOnly } = useEditor();
  if (readOnly) {
    const { label, description, error, size, maw, w, style } = props;
    const shown = data.find((d) => d.value === value)?.label ?? value;
    return (
      <TextInput
        label={label}
        description={description}
        error={error}
        size={size}
        maw={maw}
        w={w}
        style={style}
        aria-label={props['aria-label']}
        value={shown}
        readOnly
      />
    );
  }
  return <NativeSelect {...props} data={data} value={value} onChange={(e) => onValue(e.currentTarget.value)} />;
}
