// src/web/app/paths.ts — the app's routes (after the `#`)

export const paths = {
  home: '/',
  members: '/members',
  queues: '/queues',
  auditTrail: '/audit-trail',
  tokens: '/tokens',
  organisations: '/admin/organisations',
  users: '/admin/users',
} as const;
