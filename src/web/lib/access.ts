// src/web/lib/access.ts — what the acting role may do, read from the same permission matrix the server uses

import type { TMembership } from '../../contracts/auth.js';
import { type Action, permissions } from '../../domain/access/roles.js';
import { isCentreSide } from '../../domain/organisations/model.js';

/**
 * Whether the acting membership's role includes `action`. Only decides what to show: the server
 * authorises every request again.
 */
export const can = (active: TMembership | null, action: Action): boolean => active !== null && permissions[active.role].includes(action);

/** Whether the acting organisation runs queues itself (a contact centre, or a client with in-house operations). */
export const actsAsCentre = (active: TMembership | null): boolean => active !== null && isCentreSide(active.organisationKind);

/** Whether the acting organisation has contact-data imports to show: a centre, and a role that may read them. */
export const readsImports = (active: TMembership | null): boolean => actsAsCentre(active) && can(active, 'contact_data:read');

/**
 * Whether the acting organisation has an evidence library to show: a role that reads evidence, acting
 * in its own organisation (an auditor's grant opens one assessment and its evidence, not the library).
 */
export const readsEvidenceLibrary = (active: TMembership | null): boolean => can(active, 'evidence:read') && active?.via === 'membership';
