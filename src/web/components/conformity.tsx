// src/web/components/conformity.tsx — the badges and bars every conformity page shares: status, result, grade, validity, readiness

import { Badge, Group, Progress, Text } from '@mantine/core';
import type { AssessmentStatus, RequirementResult } from '../../domain/conformity/assessment.js';
import type { Validity } from '../../domain/conformity/evidence.js';
import type { ActionStatus, FindingGrade } from '../../domain/conformity/finding.js';
import { textIn, type LocalText } from '../../domain/conformity/framework.js';
import { formatPercent } from '../../i18n/index.js';
import { useI18n } from '../lib/i18n.js';
import { StatusBadge } from './data-table.js';

const statusColor: Record<AssessmentStatus, string> = {
  draft: 'gray',
  in_progress: 'blue',
  submitted: 'violet',
  returned: 'orange',
  approved: 'teal',
  closed: 'dark',
};

/** Colours that say how serious a finding is: a major nonconformity red, a minor orange, an observation blue, an opportunity grey. */
export const gradeColor: Record<FindingGrade, string> = {
  major_nonconformity: 'red',
  minor_nonconformity: 'orange',
  observation: 'blue',
  opportunity_for_improvement: 'gray',
};

export const resultColor: Record<RequirementResult, string> = {
  conformant: 'teal',
  partially_conformant: 'yellow',
  nonconformant: 'red',
  not_applicable: 'gray',
};

const validityColor: Record<Validity, string> = { current: 'teal', expiring: 'orange', expired: 'red', not_yet_valid: 'gray' };

const actionColor: Record<ActionStatus, string> = {
  open: 'gray',
  in_progress: 'blue',
  implemented: 'violet',
  verified_effective: 'teal',
  not_effective: 'red',
  closed: 'dark',
};

/** A framework text in the UI language, falling back to the other language. */
export const useText = (): ((text: LocalText | null | undefined) => string) => {
  const { locale } = useI18n();
  return (text) => textIn(text, locale);
};

export function AssessmentStatusBadge({ status }: { status: AssessmentStatus }) {
  const { t } = useI18n();
  return <StatusBadge color={statusColor[status]}>{t.conformity.assessmentStatuses[status]}</StatusBadge>;
}

export function GradeBadge({ grade, size = 'sm' }: { grade: FindingGrade; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useI18n();
  return (
    <Badge size={size} variant={grade === 'major_nonconformity' ? 'filled' : 'light'} color={gradeColor[grade]}>
      {t.conformity.grades[grade]}
    </Badge>
  );
}

export function ResultBadge({ result }: { result: RequirementResult | null }) {
  const { t } = useI18n();
  if (result === null)
    return (
      <Badge size="sm" variant="outline" color="gray">
        {t.conformity.notAssessed}
      </Badge>
    );
  return (
    <Badge size="sm" variant="light" color={resultColor[result]}>
      {t.conformity.results[result]}
    </Badge>
  );
}

export function ValidityBadge({ validity }: { validity: Validity }) {
  const { t } = useI18n();
  return (
    <Badge size="sm" variant={validity === 'expired' ? 'filled' : 'light'} color={validityColor[validity]}>
      {t.conformity.validity[validity]}
    </Badge>
  );
}

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useI18n();
  return <StatusBadge color={actionColor[status]}>{t.conformity.actionStatuses[status]}</StatusBadge>;
}

export function OverdueBadge() {
  const { t } = useI18n();
  return (
    <Badge size="sm" variant="filled" color="red">
      {t.conformity.overdue}
    </Badge>
  );
}

/** Readiness as a bar and a percentage; a dash when nothing applies. The bar is named for screen readers. */
export function ReadinessBar({ value, label, w = 160 }: { value: number | null; label: string; w?: number | string }) {
  const { t, locale } = useI18n();
  const text = value === null ? t.common.none : formatPercent(value, locale);
  return (
    <Group gap={8} wrap="nowrap">
      <Progress
        value={value === null ? 0 : Math.round(value * 100)}
        color={value !== null && value >= 0.8 ? 'teal' : 'ccq'}
        w={w}
        size="md"
        aria-label={`${label}: ${text}`}
      />
      <Text size="sm" fw={600} className="ccq-num ccq-nowrap" aria-hidden="true">
        {text}
      </Text>
    </Group>
  );
}
