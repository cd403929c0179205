// src/app/choose-organisation.ts — which organisation a command-line command acts in, when the operator names none

import type { Organisation, OrganisationKind } from '../domain/organisations/model.js';
import { AppError } from '../domain/shared/errors.js';
import type { Caller } from './caller.js';
import type { Deps } from './ports.js';
import { operatorIn } from './resolve-scope.js';

/**
 * The named organisation (id or exact name), or the only one of the wanted kinds; several and no
 * name is a usage error that lists them. Returns the operator acting in it as its administrator.
 */
export const chooseOrganisation = async (
  deps: Deps,
  operator: Caller,
  o: { ref?: string | undefined; kinds?: readonly OrganisationKind[]; flag?: string },
): Promise<{ organisation: Organisation; caller: Caller }> => {
  const flag = o.flag ?? '--org';
  const all = await deps.store.organisations.list(operator.scope);
  const fitting = o.kinds ? all.filter((x) => o.kinds?.includes(x.kind)) : all;
  let found: Organisation | undefined;
  if (o.ref !== undefined) {
    found = all.find((x) => x.id === o.ref || x.name === o.ref);
    if (!found) throw new AppError('CCQ_ERR_ORGANISATION_NOT_FOUND', `No organisation with id or name "${o.ref}"`);
  } else if (fitting.length === 1) found = fitting[0];
  else if (fitting.length === 0)
    throw new AppError('CCQ_ERR_ORGANISATION_NOT_FOUND', 'There is no organisation to act in yet; create one with `ccq org add`');
  else
    throw new AppError(
      'CCQ_ERR_BAD_REQUEST',
      `Several organisations exist; name one with ${flag}: ${fitting.map((c) => `"${c.name}"`).join(', ')}`,
    );
  const organisation = found as Organisation;
  return { organisation, caller: { scope: await operatorIn(deps.store, organisation), label: operator.label } };
};
