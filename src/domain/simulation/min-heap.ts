// src/domain/simulation/min-heap.ts — binary min-heaps for the simulator: bare numbers, and items ordered by a `key` field

/** A min-heap of numbers (the times at which waiting callers leave the queue). */
export type NumberHeap = {
  size: () => number;
  push: (value: number) => void;
  /** Removes every value ≤ limit. */
  dropUpTo: (limit: number) => void;
  /** How many values are > limit (a scan: the heap holds only the callers waiting right now). */
  countAbove: (limit: number) => number;
};

export const createNumberHeap = (): NumberHeap => {
  const items: number[] = [];
  const siftDown = (value: number): void => {
    const n = items.length;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && (items[right] as number) < (items[left] as number) ? right : left;
      if ((items[child] as number) >= value) break;
      items[i] = items[child] as number;
      i = child;
    }
    items[i] = value;
  };
  return {
    size: () => items.length,
    push: (value) => {
      let i = items.length;
      items.push(value);
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if ((items[parent] as number) <= value) break;
        items[i] = items[parent] as number;
        i = parent;
      }
      items[i] = value;
    },
    dropUpTo: (limit) => {
      while (items.length > 0 && (items[0] as number) <= limit) {
        const last = items.pop() as number;
        if (items.length > 0) siftDown(last);
      }
    },
    countAbove: (limit) => {
      let count = 0;
      for (const value of items) if (value > limit) count += 1;
      return count;
    },
  };
};

/** A min-heap of items by their `key`; ties go to the lower `order`, so the choice never depends on insertion history. */
export type KeyedHeap<T extends { key: number; order: number }> = {
  size: () => number;
  top: () => T | undefined;
  push: (item: T) => void;
  pop: () => T | undefined;
  /** Restores the order after the top item's key grew. */
  topIncreased: () => void;
};

export const createKeyedHeap = <T extends { key: number; order: number }>(): KeyedHeap<T> => {
  const items: T[] = [];
  const less = (a: T, b: T): boolean => a.key < b.key || (a.key === b.key && a.order < b.order);
  const siftDown = (item: T): void => {
    const n = items.length;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && less(items[right] as T, items[left] as T) ? right : left;
      if (!less(items[child] as T, item)) break;
      items[i] = items[child] as T;
      i = child;
    }
    items[i] = item;
  };
  return {
    size: () => items.length,
    top: () => items[0],
    push: (item) => {
      let i = items.length;
      items.push(item);
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!less(item, items[parent] as T)) break;
        items[i] = items[parent] as T;
        i = parent;
      }
      items[i] = item;
    },
    pop: () => {
      const first = items[0];
      const last = items.pop();
      if (items.length > 0 && last !== undefined) siftDown(last);
      return first;
    },
    topIncreased: () => {
      if (items.length > 0) siftDown(items[0] as T);
    },
  };
};
