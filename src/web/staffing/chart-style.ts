// src/web/staffing/chart-style.ts — the staffing charts' font and colours, apart from ECharts so the library can load late

export const chartFont = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif';

export const chartColors = {
  contacts: '#a5cedd',
  actual: '#10769b',
  erlangC: '#7048e8',
  erlangA: '#2f9e44',
  scheduled: '#e8590c',
  serviceLevel: '#2f9e44',
  abandon: '#e8590c',
  target: '#c92a2a',
};
