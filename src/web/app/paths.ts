// src/web/app/paths.ts — the app's routes (after the `#`)

export const paths = {
  home: '/',
  members: '/members',
  organisations: '/admin/organisations',
  users: '/admin/users',
} as const;
