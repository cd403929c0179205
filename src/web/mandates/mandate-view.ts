// src/web/mandates/mandate-view.ts — the mandate as GET /api/v1/mandates/:id returns it, and the page's tabs

import type { TMandate } from '../../contracts/mandates.js';
import type { Gap } from '../../domain/mandates/completeness.js';
import type { MandateVersion, Party } from '../../domain/mandates/mandate.js';

export type MandateView = {
  mandate: TMandate;
  versions: MandateVersion[];
  /** The newest version: the draft being written, or the signed one in force. */
  current: MandateVersion;
  inForce: MandateVersion | null;
  /** The completeness check of the current version (ISO 18295-2 refs). */
  gaps: Gap[];
  missingSignatures: Party[];
};

export const mandateTabs = ['board', 'obligations', 'content', 'compare'] as const;
export type MandateTab = (typeof mandateTabs)[number];

/** The tab a path segment names; the target board when none or an unknown one. */
export const tabOf = (segment: string | null): MandateTab =>
  (mandateTabs as readonly string[]).includes(segment ?? '') ? (segment as MandateTab) : 'board';
