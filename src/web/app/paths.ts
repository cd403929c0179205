// src/web/app/paths.ts — the app's routes (after the `#`)

export const paths = {
  home: '/',
  members: '/members',
  queues: '/queues',
  auditTrail: '/audit-trail',
  kpis: '/kpis',
  imports: '/imports',
  tokens: '/tokens',
  organisations: '/admin/organisations',
  users: '/admin/users',
} as const;
