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

/**
 * The parameters of `path` when it matches `pattern` (`/assessments/:id`), else null. Segments are
 * compared whole; a parameter takes one segment, URI-decoded.
 */
export const matchPath = (pattern: string, path: string): Record<string, string> | null => {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, w] of want.entries()) {
    const g = got[i] ?? '';
    if (w.startsWith(':')) {
      if (!g) return null;
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null;
      }
    } else if (w !== g) return null;
  }
  return params;
};
