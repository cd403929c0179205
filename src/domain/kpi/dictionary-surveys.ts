// src/domain/kpi/dictionary-surveys.ts — KPIs of customer surveys: CSAT, NPS, CES, response rate

import type { KpiDefinition } from './kpi-definition.js';

export const surveyKpis: readonly KpiDefinition[] = [];
