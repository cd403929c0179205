// src/domain/mandates/public-page.ts — the customer-information page a client publishes (ISO 18295-1 4.2): what it shows, and nothing more

import type { Locale } from '../organisations/model.js';
import type { OpeningHours } from './mandate.js';

/** What the client chooses to show. Everything is off until chosen; nothing else of the relationship is ever shown. */
export type PublicPageSettings = {
  enabled: boolean;
  title: { sv: string; en: string };
  showChannels: boolean;
  showOpeningHours: boolean;
  /** The cost of contacting, in the client's words (e.g. "Samtalet kostar som ett vanligt samtal"). */
  cost: { sv: string; en: string } | null;
  showExpectedWait: boolean;
};

export type PublicPageSettingsRow = {
  relationshipId: string;
  token: string;
  settings: PublicPageSettings;
  updatedAt: string;
  updatedBy: string | null;
};

/** A page found by its link, with the two parties of its relationship (the public read has no scope to look them up through). */
export type PublishedPage = PublicPageSettingsRow & { clientOrganisationId: string; centreOrganisationId: string };

export const defaultPublicPageSettings = (title: string): PublicPageSettings => ({
  enabled: false,
  title: { sv: title, en: title },
  showChannels: true,
  showOpeningHours: true,
  cost: null,
  showExpectedWait: true,
});

/** What the public page holds: only the chosen parts, from the mandate in force and the latest measured data. */
export type PublicPage = {
  title: { sv: string; en: string };
  channels: string[] | null;
  openingHours: OpeningHours[] | null;
  cost: { sv: string; en: string } | null;
  /** Typical wait in seconds over the last two weeks in opening hours (rounded to a half minute), or null without data. */
  expectedWaitSeconds: number | null;
  measuredFrom: string | null;
  measuredTo: string | null;
};

/** A typical wait as a customer reads it: "under en minut", "cirka 3 minuter". */
export const waitText = (seconds: number | null, locale: Locale): string => {
  if (seconds === null) return locale === 'sv' ? 'Uppgift saknas just nu' : 'Not available right now';
  if (seconds < 60) return locale === 'sv' ? 'Under en minut' : 'Under a minute';
  const minutes = Math.round(seconds / 60);
  return locale === 'sv'
    ? `Cirka ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}`
    : `About ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
};
