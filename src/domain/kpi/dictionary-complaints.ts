// src/domain/kpi/dictionary-complaints.ts — KPIs of the complaints register: complaint rate and handling times

import type { KpiDefinition } from './kpi-definition.js';

export const complaintKpis: readonly KpiDefinition[] = [];
