// src/web/lib/router.ts — a tiny hash router: the path after `#`, a hook that follows it, and navigate()

import { useSyncExternalStore } from 'react';

/** Hash routing keeps deep links working however the server serves index.html. */
const currentPath = (): string => {
  const path = window.location.hash.replace(/^#/, '');
  return path.startsWith('/') ? path : '/';
};

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export const useRoute = (): string => useSyncExternalStore(subscribe, currentPath);

export const href = (path: string): string => `#${path}`;

export const navigate = (path: string): void => {
  if (currentPath() !== path) window.location.hash = path;
};
