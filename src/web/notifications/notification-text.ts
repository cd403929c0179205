// src/web/notifications/notification-text.ts — a notification's kind and parameters as text in the reader's language, with where it leads

import type { TNotification } from '../../contracts/notifications.js';
import { kpiById } from '../../domain/kpi/dictionary.js';
import { type Locale, type Messages, formatDate } from '../../i18n/index.js';
import { paths, pathTo } from '../app/paths.js';
import { formatKpi } from '../kpis/kpi-format.js';

export type NotificationText = { title: string; detail: string; context: string; to: string; tone: 'red' | 'orange' | 'teal' | 'blue' };

/** A period label (`2026-10`, `2026-W44`, `2026-10-05`) as people read it; days as dates, months and weeks as they are. */
const periodText = (period: string, locale: Locale): string => (/^\d{4}-\d{2}-\d{2}$/.test(period) ? formatDate(period, locale) : period);

/** The text of one notification: what happened, the figures or dates behind it, and the page to open. */
export const notificationText = (t: Messages, locale: Locale, n: TNotification): NotificationText => {
  switch (n.kind) {
    case 'target_missed':
    case 'target_at_risk': {
      const p = n.params;
      const def = kpiById.get(p.kpi);
      const kpi = def ? def.name[locale] : p.kpi;
      const value = (v: number | null) => (def ? formatKpi(t, locale, def.unit, v) : String(v ?? t.common.none));
      const measured = t.notifications.measured(value(p.measured), t.notifications.goal[p.direction](value(p.target)));
      const period = periodText(p.period, locale);
      return {
        title: n.kind === 'target_missed' ? t.notifications.targetMissed(kpi, period) : t.notifications.targetAtRisk(kpi, period),
        detail: p.provisional ? `${measured} ${t.notifications.provisional}` : measured,
        context: p.mandateTitle,
        to: paths.mandates,
        tone: n.kind === 'target_missed' ? 'red' : 'orange',
      };
    }
    case 'obligation_overdue':
    case 'obligation_due_soon': {
      const p = n.params;
      const owner = t.mandates.parties[p.owner];
      const date = formatDate(p.dueOn, locale);
      const overdue = n.kind === 'obligation_overdue';
      return {
        title: overdue ? t.notifications.obligationOverdue(p.title) : t.notifications.obligationDueSoon(p.title),
        detail: overdue ? t.notifications.obligationWasDue(owner, date) : t.notifications.obligationDue(owner, date),
        context: p.mandateTitle,
        to: paths.mandates,
        tone: overdue ? 'red' : 'orange',
      };
    }
    case 'mandate_awaiting_signature':
      return {
        title: t.notifications.awaitingSignature(n.params.version),
        detail: t.notifications.awaitingDetail(t.mandates.parties[n.params.signedBy], t.mandates.parties[n.params.awaiting]),
        context: n.params.mandateTitle,
        to: paths.mandates,
        tone: 'blue',
      };
    case 'mandate_signed':
      return {
        title: t.notifications.signed(n.params.version),
        detail: t.notifications.signedDetail,
        context: n.params.mandateTitle,
        to: paths.mandates,
        tone: 'teal',
      };
    case 'finding_raised':
      return {
        title: t.notifications.findingRaised(n.params.seq),
        detail: t.notifications.findingDetail(n.params.targetId, periodText(n.params.period, locale)),
        context: t.webhooks.eventKinds.finding_raised,
        to: pathTo.finding(n.params.findingId),
        tone: 'red',
      };
  }
};
