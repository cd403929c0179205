// src/domain/contacts/customer-key.ts — how a caller number or account is tidied before it is pseudonymised

/**
 * The same customer should get the same key however the source formatted the number: spaces,
 * dashes, dots, brackets and a leading `00` for `+` are dropped; letters (account ids) are
 * lower-cased. Returns null for an identifier that names no one (empty, anonymous, withheld).
 */
export const normaliseCustomerId = (raw: string): string | null => {
  const trimmed = raw.trim();
  if (trimmed === '' || /^(anonymous|unknown|restricted|withheld|private|null|none|-)$/i.test(trimmed)) return null;
  const compact = trimmed.replace(/[\s\-.()/\u00a0]/g, '');
  if (/^\+?\d+$/.test(compact)) return compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  return trimmed.toLowerCase();
};
