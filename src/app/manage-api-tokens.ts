// src/app/manage-api-tokens.ts — personal API tokens for the CLI and integrations

import { AppError } from '../domain/shared/errors.js';
import type { ApiToken, Deps } from './ports.js';

export const API_TOKEN_PREFIX = 'ccq_';

export type CreateApiTokenOptions = { userId: string; name: string; expiresInDays?: number | undefined };

/** Creates a token and returns its secret once; only its hash is stored. */
export const createApiToken = async (deps: Deps, o: CreateApiTokenOptions): Promise<{ token: string; apiToken: ApiToken }> => {
  const now = deps.clock();
  const token = API_TOKEN_PREFIX + deps.secrets.randomToken();
  const apiToken: ApiToken = {
    id: deps.ids(),
    userId: o.userId,
    name: o.name,
    tokenPrefix: token.slice(0, 10),
    createdAt: now.toISOString(),
    lastUsedAt: null,
    expiresAt: o.expiresInDays ? new Date(now.getTime() + o.expiresInDays * 86_400_000).toISOString() : null,
    revokedAt: null,
  };
  await deps.store.apiTokens.insert({ ...apiToken, tokenHash: deps.secrets.sha256(token) });
  return { token, apiToken };
};

export const listApiTokens = (deps: Deps, userId: string): Promise<ApiToken[]> => deps.store.apiTokens.listForUser(userId);

/** Revokes one of the user's own tokens; another user's token id answers "not found". */
export const revokeApiToken = async (deps: Deps, userId: string, id: string): Promise<void> => {
  if (!(await deps.store.apiTokens.revoke(userId, id, deps.clock().toISOString()))) throw new AppError('CCQ_ERR_TOKEN_NOT_FOUND');
};
