// src/domain/shared/clock.ts — time and identity are passed in, never read from globals in the domain

/** Returns the current instant; tests pass a fixed or stepping clock. */
export type Clock = () => Date;

/** Returns a new unique, sortable id (ULID-like text); generated in the application, never by the database. */
export type IdGenerator = () => string;
