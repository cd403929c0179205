// src/adapters/db/repositories/mappers.ts — rows to domain types; rows never leave adapters/db

import type { AuditGrant, ApiToken, MemberView, MembershipView, Session, StoredUser } from '../../../app/ports.js';
import type { Role } from '../../../domain/access/roles.js';
import type {
  Channel,
  Locale,
  Organisation,
  OrganisationKind,
  Queue,
  Relationship,
  RelationshipStatus,
  Site,
} from '../../../domain/organisations/model.js';
import type { Selectable } from 'kysely';
import type {
  ApiTokensTable,
  AuditGrantsTable,
  OrganisationsTable,
  QueuesTable,
  RelationshipsTable,
  SessionsTable,
  SitesTable,
  UsersTable,
} from '../schema.js';

export const toOrganisation = (r: Selectable<OrganisationsTable>): Organisation => ({
  id: r.id,
  name: r.name,
  kind: r.kind as OrganisationKind,
  timeZone: r.time_zone,
  createdAt: r.created_at,
});

export const toRelationship = (r: Selectable<RelationshipsTable>): Relationship => ({
  id: r.id,
  clientOrganisationId: r.client_organisation_id,
  centreOrganisationId: r.centre_organisation_id,
  name: r.name,
  status: r.status as RelationshipStatus,
  startsOn: r.starts_on,
  createdAt: r.created_at,
});

export const toSite = (r: Selectable<SitesTable>): Site => ({
  id: r.id,
  organisationId: r.organisation_id,
  name: r.name,
  city: r.city,
  createdAt: r.created_at,
});

export const toQueue = (r: Selectable<QueuesTable>): Queue => ({
  id: r.id,
  centreOrganisationId: r.centre_organisation_id,
  relationshipId: r.relationship_id,
  siteId: r.site_id,
  code: r.code,
  name: r.name,
  channel: r.channel as Channel,
  createdAt: r.created_at,
});

export const toUser = (r: Selectable<UsersTable>): StoredUser => ({
  id: r.id,
  email: r.email,
  displayName: r.display_name,
  locale: r.locale as Locale,
  platformAdmin: Number(r.platform_admin) === 1,
  disabled: Number(r.disabled) === 1,
  createdAt: r.created_at,
  passwordHash: r.password_hash,
});

export type MembershipJoinRow = {
  id: string;
  user_id: string;
  organisation_id: string;
  role: string;
  created_at: string;
  organisation_name: string;
  organisation_kind: string;
};

export const toMembershipView = (r: MembershipJoinRow): MembershipView => ({
  id: r.id,
  userId: r.user_id,
  organisationId: r.organisation_id,
  organisationName: r.organisation_name,
  organisationKind: r.organisation_kind as OrganisationKind,
  role: r.role as Role,
  createdAt: r.created_at,
});

export const toMemberView = (r: MembershipJoinRow & { email: string; display_name: string; disabled: number }): MemberView => ({
  ...toMembershipView(r),
  email: r.email,
  displayName: r.display_name,
  disabled: Number(r.disabled) === 1,
});

export const toAuditGrant = (r: Selectable<AuditGrantsTable>): AuditGrant => ({
  id: r.id,
  auditorUserId: r.auditor_user_id,
  organisationId: r.organisation_id,
  relationshipId: r.relationship_id,
  assessmentId: r.assessment_id,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  grantedBy: r.granted_by,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

export const toSession = (r: Selectable<SessionsTable>): Session => ({
  id: r.id,
  userId: r.user_id,
  activeOrganisationId: r.active_organisation_id,
  csrfToken: r.csrf_token,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  expiresAt: r.expires_at,
});

export const toApiToken = (r: Selectable<ApiTokensTable>): ApiToken => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  tokenPrefix: r.token_prefix,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
});
