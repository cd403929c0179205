// src/domain/kpi/dictionary-qa.ts — KPIs of quality monitoring: QA score, critical errors, calibration agreement

import type { KpiDefinition } from './kpi-definition.js';

export const qaKpis: readonly KpiDefinition[] = [];
