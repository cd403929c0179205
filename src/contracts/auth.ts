// src/contracts/auth.ts — sign-in, the current user, organisation switching and personal API tokens

import { z } from 'zod';
import { ZEmail, ZId, ZLocale, ZName, ZOrganisationKind, ZRole, ZTimestamp } from './common.js';

export const ZLoginBody = z.object({ email: ZEmail, password: z.string().min(1, 'enter your password').max(1024) });

export const ZMembership = z.object({
  organisationId: ZId,
  organisationName: z.string(),
  organisationKind: ZOrganisationKind,
  role: ZRole,
  /** `membership` for a standing role, `audit_grant` for an auditor's time-limited read access. */
  via: z.enum(['membership', 'audit_grant']),
  until: ZTimestamp.nullable(),
});

export const ZMe = z.object({
  user: z.object({ id: ZId, email: z.string(), displayName: z.string(), locale: ZLocale, platformAdmin: z.boolean() }),
  memberships: z.array(ZMembership),
  activeOrganisationId: ZId.nullable(),
  /** Send back as `x-ccq-csrf` on every state-changing request made with the session cookie. */
  csrfToken: z.string().nullable(),
});
export type TMe = z.infer<typeof ZMe>;
export type TMembership = z.infer<typeof ZMembership>;

export const ZSwitchOrganisationBody = z.object({ organisationId: ZId });
export const ZUpdateMeBody = z.object({ locale: ZLocale.optional(), displayName: ZName.optional() });

export const ZApiToken = z.object({
  id: ZId,
  name: z.string(),
  tokenPrefix: z.string(),
  createdAt: ZTimestamp,
  lastUsedAt: ZTimestamp.nullable(),
  expiresAt: ZTimestamp.nullable(),
  revokedAt: ZTimestamp.nullable(),
});
export const ZCreateApiTokenBody = z.object({
  name: ZName,
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export const ZCreatedApiToken = z.object({ token: z.string().describe('Shown once; store it now'), apiToken: ZApiToken });
export type TApiToken = z.infer<typeof ZApiToken>;
