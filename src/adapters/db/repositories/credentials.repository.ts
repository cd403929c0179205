// src/adapters/db/repositories/credentials.repository.ts — sessions and personal API tokens (stored as hashes only)

import type { Store } from '../../../app/ports.js';
import type { Db } from '../schema.js';
import { toApiToken, toSession } from './mappers.js';

export const sessionsRepository = (db: Db): Store['sessions'] => ({
  insert: async (s) => {
    await db
      .insertInto('sessions')
      .values({
        id: s.id,
        token_hash: s.tokenHash,
        user_id: s.userId,
        active_organisation_id: s.activeOrganisationId,
        csrf_token: s.csrfToken,
        created_at: s.createdAt,
        last_seen_at: s.lastSeenAt,
        expires_at: s.expiresAt,
        ip: s.ip,
        user_agent: s.userAgent,
      })
      .execute();
  },
  findByTokenHash: async (tokenHash) => {
    const row = await db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return row ? toSession(row) : null;
  },
  touch: async (id, at) => {
    await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
  },
  setActiveOrganisation: async (id, organisationId) => {
    await db.updateTable('sessions').set({ active_organisation_id: organisationId }).where('id', '=', id).execute();
  },
  delete: async (id) => {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
  },
  deleteForUser: async (userId) =>
    Number((await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst()).numDeletedRows),
  deleteExpired: async (at) => Number((await db.deleteFrom('sessions').where('expires_at', '<=', at).executeTakeFirst()).numDeletedRows),
});

export const apiTokensRepository = (db: Db): Store['apiTokens'] => ({
  insert: async (t) => {
    await db
      .insertInto('api_tokens')
      .values({
        id: t.id,
        user_id: t.userId,
        name: t.name,
        token_hash: t.tokenHash,
        token_prefix: t.tokenPrefix,
        created_at: t.createdAt,
        last_used_at: null,
        expires_at: t.expiresAt,
        revoked_at: null,
      })
      .execute();
  },
  listForUser: async (userId) =>
    (await db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').execute()).map(toApiToken),
  findByHash: async (tokenHash) => {
    const row = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return row ? toApiToken(row) : null;
  },
  touch: async (id, at) => {
    await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
  },
  revoke: async (userId, id, at) => {
    const res = await db
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  },
});
