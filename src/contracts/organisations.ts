// src/contracts/organisations.ts — organisations, sites, queues, relationships, members, audit grants, audit trail

import { z } from 'zod';
import {
  ZChannel,
  ZDate,
  ZEmail,
  ZId,
  ZLocale,
  ZName,
  ZOrganisationKind,
  ZRelationshipStatus,
  ZRole,
  ZTimeZone,
  ZTimestamp,
} from './common.js';

export const ZOrganisation = z.object({ id: ZId, name: z.string(), kind: ZOrganisationKind, timeZone: z.string(), createdAt: ZTimestamp });
export const ZCreateOrganisationBody = z.object({
  name: ZName,
  kind: ZOrganisationKind,
  timeZone: ZTimeZone.default('Europe/Stockholm'),
});
export const ZUpdateOrganisationBody = z.object({ name: ZName.optional(), timeZone: ZTimeZone.optional() });
export type TOrganisation = z.infer<typeof ZOrganisation>;

export const ZSite = z.object({ id: ZId, organisationId: ZId, name: z.string(), city: z.string().nullable(), createdAt: ZTimestamp });
export const ZCreateSiteBody = z.object({ name: ZName, city: ZName.nullable().optional() });
export const ZUpdateSiteBody = z.object({ name: ZName.optional(), city: ZName.nullable().optional() });
export type TSite = z.infer<typeof ZSite>;

export const ZRelationship = z.object({
  id: ZId,
  clientOrganisationId: ZId,
  centreOrganisationId: ZId,
  name: z.string(),
  status: ZRelationshipStatus,
  startsOn: z.string().nullable(),
  createdAt: ZTimestamp,
  inHouse: z.boolean(),
});
export const ZCreateRelationshipBody = z.object({
  clientOrganisationId: ZId,
  centreOrganisationId: ZId,
  name: ZName,
  startsOn: ZDate.nullable().optional(),
});
export const ZUpdateRelationshipBody = z.object({
  name: ZName.optional(),
  status: ZRelationshipStatus.optional(),
  startsOn: ZDate.nullable().optional(),
});
export type TRelationship = z.infer<typeof ZRelationship>;

export const ZQueue = z.object({
  id: ZId,
  centreOrganisationId: ZId,
  relationshipId: ZId.nullable(),
  siteId: ZId.nullable(),
  code: z.string(),
  name: z.string(),
  channel: ZChannel,
  createdAt: ZTimestamp,
});
export const ZCreateQueueBody = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(80)
    .regex(/^[^|\s]+$/, 'no spaces or | (it must match the ACD queue name)'),
  name: ZName,
  channel: ZChannel.default('voice'),
  relationshipId: ZId.nullable().optional(),
  siteId: ZId.nullable().optional(),
});
export const ZUpdateQueueBody = z.object({
  name: ZName.optional(),
  channel: ZChannel.optional(),
  relationshipId: ZId.nullable().optional(),
  siteId: ZId.nullable().optional(),
});
export type TQueue = z.infer<typeof ZQueue>;

export const ZMember = z.object({
  id: ZId,
  userId: ZId,
  organisationId: ZId,
  role: ZRole,
  email: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  createdAt: ZTimestamp,
});
export const ZAddMemberBody = z.object({
  email: ZEmail,
  role: ZRole,
  displayName: ZName.optional().describe('Used when the email has no account yet; the account is created without a password'),
});
export const ZUpdateMemberBody = z.object({ role: ZRole });
export type TMember = z.infer<typeof ZMember>;

export const ZAuditGrant = z.object({
  id: ZId,
  auditorUserId: ZId,
  organisationId: ZId,
  relationshipId: ZId.nullable(),
  assessmentId: ZId.nullable().describe('Set for the grant of an audit: the auditor sees that assessment only'),
  startsAt: ZTimestamp,
  endsAt: ZTimestamp,
  createdAt: ZTimestamp,
  revokedAt: ZTimestamp.nullable(),
});
export const ZCreateAuditGrantBody = z.object({
  auditorEmail: ZEmail,
  relationshipId: ZId.nullable().optional(),
  startsAt: z.iso.datetime({ message: 'use an ISO-8601 instant' }).optional(),
  endsAt: z.iso.datetime({ message: 'use an ISO-8601 instant' }),
});

export const ZAuditEntry = z.object({
  seq: z.number(),
  id: ZId,
  at: ZTimestamp,
  actorLabel: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});
export const ZAuditVerify = z.object({
  entries: z.number(),
  intact: z.boolean(),
  firstBreak: z.object({ seq: z.number(), id: z.string(), reason: z.string() }).nullable(),
});

export const ZUser = z.object({
  id: ZId,
  email: z.string(),
  displayName: z.string(),
  locale: ZLocale,
  platformAdmin: z.boolean(),
  disabled: z.boolean(),
  createdAt: ZTimestamp,
});
export const ZCreateUserBody = z.object({
  email: ZEmail,
  displayName: ZName.optional(),
  password: z.string().min(12, 'at least 12 characters').max(1024).optional(),
  platformAdmin: z.boolean().default(false),
  locale: ZLocale.default('sv'),
});
export const ZUpdateUserBody = z.object({
  disabled: z.boolean().optional(),
  platformAdmin: z.boolean().optional(),
  displayName: ZName.optional(),
});
export type TUser = z.infer<typeof ZUser>;

/** What the home page shows for the acting organisation and role. */
export const ZHome = z.object({
  organisation: ZOrganisation,
  role: ZRole,
  relationships: z.array(ZRelationship.extend({ clientName: z.string(), centreName: z.string(), queueCount: z.number() })),
  queues: z.array(ZQueue.extend({ relationshipName: z.string().nullable() })),
  sites: z.array(ZSite),
  memberCount: z.number().nullable(),
  conformity: z.object({
    openFindings: z.number(),
    openNonconformities: z.number(),
    overdueActions: z.array(
      z.object({
        id: ZId,
        findingId: ZId,
        findingTitle: z.string(),
        assessmentId: ZId,
        action: z.string(),
        dueOn: z.string(),
        status: z.string(),
      }),
    ),
    expiringEvidence: z.array(z.object({ id: ZId, title: z.string(), validUntil: z.string().nullable(), validity: z.string() })),
    assessments: z.array(
      z.object({ id: ZId, title: z.string(), edition: z.string(), status: z.string(), readiness: z.number().nullable() }),
    ),
  }),
  obligations: z.array(
    z.object({
      mandateId: ZId,
      mandateTitle: z.string(),
      id: z.string(),
      title: z.string(),
      owner: z.enum(['client', 'centre']),
      dueOn: z.string(),
      overdue: z.boolean(),
    }),
  ),
});
export type THome = z.infer<typeof ZHome>;
