// src/web/components/colors.ts — the colour each organisation kind wears wherever it is shown

import type { OrganisationKind } from '../../domain/organisations/model.js';

export const kindColor: Record<OrganisationKind, string> = { client: 'blue', contact_centre: 'teal', both: 'violet' };
