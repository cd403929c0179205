// src/web/kpis/kpi-icon.tsx — the navigation icon of the KPI page (bars under a trend line; decorative)

export const IconKpi = ({ size = 18 }: { size?: number }) => (
  <svg
    width={size}
    height={size}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={1.8}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <path d="M4 20h16" />
    <path d="M7 20v-5M12 20v-8M17 20v-6" />
    <path d="M5 10l5-4 4 3 5-5" />
  </svg>
);
