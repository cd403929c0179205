// src/adapters/http/login-throttle.ts — slows password guessing: failed sign-ins per address and per account

/** How many failures are allowed in a window, per client address + email and per client address alone. */
export type ThrottlePolicy = { windowMs: number; perAccount: number; perAddress: number };

export const defaultThrottle: ThrottlePolicy = { windowMs: 15 * 60_000, perAccount: 10, perAddress: 50 };

/**
 * Fixed-window failure counters held in memory: a single ccq process serves an installation, and a
 * restart forgetting the counters costs an attacker nothing they would not get by waiting.
 */
export const createLoginThrottle = (policy: ThrottlePolicy, now: () => number = Date.now) => {
  const windows = new Map<string, { start: number; failures: number }>();
  const current = (key: string) => {
    const w = windows.get(key);
    if (!w || now() - w.start >= policy.windowMs) return { start: now(), failures: 0 };
    return w;
  };
  const keys = (ip: string, email: string) => [`a:${ip}:${email.trim().toLowerCase()}`, `i:${ip}`] as const;
  return {
    /** True when this address (or this address for this account) has failed too often lately. */
    blocked: (ip: string, email: string): boolean => {
      const [account, address] = keys(ip, email);
      return current(account).failures >= policy.perAccount || current(address).failures >= policy.perAddress;
    },
    failed: (ip: string, email: string): void => {
      for (const k of keys(ip, email)) {
        const w = current(k);
        windows.set(k, { start: w.start, failures: w.failures + 1 });
      }
      if (windows.size > 100_000) windows.clear();
    },
    succeeded: (ip: string, email: string): void => {
      windows.delete(keys(ip, email)[0]);
    },
  };
};
export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
