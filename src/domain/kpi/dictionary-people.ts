// src/domain/kpi/dictionary-people.ts — KPIs of employees and leadership: pulse surveys (eNPS, engagement) and people records (attrition, absence, training, competence, coaching)

import type { KpiDefinition } from './kpi-definition.js';

export const peopleKpis: readonly KpiDefinition[] = [];
