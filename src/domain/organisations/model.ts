// src/domain/organisations/model.ts — organisations, sites, queues, client–centre relationships, people

/**
 * Which side of ISO 18295 an organisation stands on: the client that mandates (Part 2), the
 * customer contact centre that performs (Part 1), or both (an in-house centre is one organisation on
 * both sides, and its management is its own client).
 */
export const organisationKinds = ['client', 'contact_centre', 'both'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export type Organisation = {
  id: string;
  name: string;
  kind: OrganisationKind;
  /** IANA time zone in which the centre's intervals and opening hours are reckoned. */
  timeZone: string;
  createdAt: string;
};

export const isClientSide = (kind: OrganisationKind): boolean => kind === 'client' || kind === 'both';
export const isCentreSide = (kind: OrganisationKind): boolean => kind === 'contact_centre' || kind === 'both';

export type Site = { id: string; organisationId: string; name: string; city: string | null; createdAt: string };

export const relationshipStatuses = ['active', 'ended'] as const;
export type RelationshipStatus = (typeof relationshipStatuses)[number];

/**
 * The client–centre relationship: the anchor of the mandate (ISO 18295-2) and the only path by which
 * data crosses between a client and a centre. For an in-house centre both ends are the same
 * organisation.
 */
export type Relationship = {
  id: string;
  clientOrganisationId: string;
  centreOrganisationId: string;
  name: string;
  status: RelationshipStatus;
  startsOn: string | null;
  createdAt: string;
};

export const isInHouse = (r: Pick<Relationship, 'clientOrganisationId' | 'centreOrganisationId'>): boolean =>
  r.clientOrganisationId === r.centreOrganisationId;

export const channels = ['voice', 'chat', 'email', 'messaging', 'callback', 'outbound', 'social', 'video'] as const;
export type Channel = (typeof channels)[number];

/** A queue or service that a centre runs, usually for one client (through a relationship). */
export type Queue = {
  id: string;
  centreOrganisationId: string;
  relationshipId: string | null;
  siteId: string | null;
  /** The name the ACD uses (the `queuename` of Asterisk's queue_log), unique per centre. */
  code: string;
  name: string;
  channel: Channel;
  createdAt: string;
};

export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];

export type User = {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  platformAdmin: boolean;
  disabled: boolean;
  createdAt: string;
};

/** Normalised form of an email address, used for lookups and uniqueness. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();
