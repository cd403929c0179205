// src/app/choose-centre.ts — which contact centre a command-line import or KPI query works in, when the operator names none

import type { Organisation } from '../domain/organisations/model.js';
import { AppError } from '../domain/shared/errors.js';
import type { Caller } from './caller.js';
import { createOrganisation } from './manage-organisations.js';
import type { Deps } from './ports.js';
import { operatorIn } from './resolve-scope.js';

export const defaultCentreName = 'Contact centre';

export type ChosenCentre = { centre: Organisation; caller: Caller; created: boolean };

/**
 * The named centre (by id or exact name); without a name, the only centre; in a database with no
 * centre at all (a first import), a new one named `defaultCentreName` — `created` says so. Several
 * centres and no name is a usage error that lists them. Returns the operator acting in that centre.
 */
export const chooseCentre = async (
  deps: Deps,
  operator: Caller,
  o: { ref?: string | undefined; createIfNone: boolean; timeZone?: string | undefined },
): Promise<ChosenCentre> => {
  const all = await deps.store.organisations.list(operator.scope);
  const centres = all.filter((x) => x.kind !== 'client');
  let centre: Organisation | undefined;
  let created = false;
  if (o.ref !== undefined) {
    centre = all.find((x) => x.id === o.ref || x.name === o.ref);
    if (!centre) throw new AppError('CCQ_ERR_ORGANISATION_NOT_FOUND', `No organisation with id or name "${o.ref}"`);
    if (centre.kind === 'client') throw new AppError('CCQ_ERR_VALIDATION', `${centre.name} is a client, not a contact centre`);
  } else if (centres.length === 1) centre = centres[0];
  else if (centres.length > 1)
    throw new AppError(
      'CCQ_ERR_BAD_REQUEST',
      `Several contact centres exist; name one with --centre: ${centres.map((c) => `"${c.name}"`).join(', ')}`,
    );
  else if (o.createIfNone) {
    centre = await createOrganisation(deps, operator, { name: defaultCentreName, kind: 'contact_centre', timeZone: o.timeZone });
    created = true;
  } else
    throw new AppError(
      'CCQ_ERR_ORGANISATION_NOT_FOUND',
      'There is no contact centre yet; import contact data first or create one with `ccq org add`',
    );
  const c = centre as Organisation;
  return { centre: c, caller: { scope: await operatorIn(deps.store, c), label: operator.label }, created };
};
