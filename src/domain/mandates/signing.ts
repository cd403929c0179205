// src/domain/mandates/signing.ts — how a mandate version is changed and signed: drafts change, signed versions never do

import { AppError } from '../shared/errors.js';
import type { MandateContent, MandateVersion, Party, Signature } from './mandate.js';

/** A draft's content may change; a signature on it is void once it does (the hash it signed is gone). */
export const editDraft = (v: MandateVersion, content: MandateContent, hash: string): MandateVersion => {
  if (v.status !== 'draft')
    throw new AppError('CCQ_ERR_INVALID_STATE', `Version ${v.number} is signed and cannot change; start a new draft from it`);
  return { ...v, content, hash, signatures: v.signatures.filter((s) => s.versionHash === hash) };
};

/**
 * One named person signs for one party, for the exact content they saw (`seenHash`). Each party signs
 * once; when both have signed the content's current hash the version is signed and immutable.
 */
export const signVersion = (v: MandateVersion, signer: Omit<Signature, 'versionHash'>, seenHash: string): MandateVersion => {
  if (v.status !== 'draft') throw new AppError('CCQ_ERR_INVALID_STATE', `Version ${v.number} is already ${v.status}`);
  if (seenHash !== v.hash)
    throw new AppError('CCQ_ERR_CONFLICT', 'The draft changed after you opened it; read it again before signing', [
      { path: 'versionHash', message: `the draft's content is now ${v.hash.slice(0, 12)}…` },
    ]);
  if (v.signatures.some((s) => s.party === signer.party && s.versionHash === v.hash))
    throw new AppError('CCQ_ERR_CONFLICT', `The ${signer.party} has already signed version ${v.number}`);
  const signatures = [...v.signatures.filter((s) => s.party !== signer.party), { ...signer, versionHash: v.hash }];
  const both = (['client', 'centre'] as Party[]).every((p) => signatures.some((s) => s.party === p && s.versionHash === v.hash));
  return { ...v, signatures, status: both ? 'signed' : 'draft' };
};

/** The parties that still have to sign a version. */
export const missingSignatures = (v: MandateVersion): Party[] =>
  (['client', 'centre'] as Party[]).filter((p) => !v.signatures.some((s) => s.party === p && s.versionHash === v.hash));
