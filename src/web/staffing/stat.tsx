// src/web/staffing/stat.tsx — one figure with its name, as the calculator and the plan show them

import { Paper, Text } from '@mantine/core';

/** A named group, so the figure can be found (by people and tests) by what it is. */
export function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      {/* Words (a target's name) are set smaller than figures so they fit the box. */}
      <Text fz={/\d/.test(value) ? 24 : 17} fw={650} lh={1.3}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}
