// src/web/app/paths.ts — the app's routes (after the `#`)

export const paths = {
  home: '/',
  members: '/members',
  queues: '/queues',
  auditTrail: '/audit-trail',
  kpis: '/kpis',
  imports: '/imports',
  tokens: '/tokens',
  frameworks: '/frameworks',
  assessments: '/assessments',
  findings: '/findings',
  evidence: '/evidence',
  mandates: '/mandates',
  reviews: '/reviews',
  surveys: '/surveys',
  complaints: '/complaints',
  people: '/people',
  qa: '/qa',
  staffing: '/staffing',
  staffingCalculator: '/staffing/calculator',
  webhooks: '/webhooks',
  organisations: '/admin/organisations',
  users: '/admin/users',
} as const;

/** Pages about one thing: a framework, an assessment (with its tab), a finding (opened over the board), a mandate (with its tab). */
export const pathTo = {
  framework: (id: string) => `/frameworks/${encodeURIComponent(id)}`,
  assessment: (id: string, tab?: 'readiness' | 'history') => `/assessments/${encodeURIComponent(id)}${tab ? `/${tab}` : ''}`,
  finding: (id: string) => `/findings/${encodeURIComponent(id)}`,
  mandate: (id: string, tab?: 'obligations' | 'content' | 'compare') => `/mandates/${encodeURIComponent(id)}${tab ? `/${tab}` : ''}`,
  review: (id: string) => `/reviews/${encodeURIComponent(id)}`,
  complaint: (id: string) => `/complaints/${encodeURIComponent(id)}`,
};
