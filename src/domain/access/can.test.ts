// src/domain/access/can.test.ts — the pure access model over hand-built scopes

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { OrganisationKind } from '../organisations/model.js';
import { AppError } from '../shared/errors.js';
import { type AssessmentResource, type Resource, authorize, can } from './can.js';
import { type Role, actions, platformActions, roleFitsKind, roles } from './roles.js';
import { type RelationshipRef, type Scope, effectiveSides, visibleRelationships } from './scope.js';

// Two clients served by one outsourced centre, an unrelated centre, and an in-house organisation.
const bank = { id: 'org-bank', kind: 'client' as const };
const travel = { id: 'org-travel', kind: 'client' as const };
const centre = { id: 'org-centre', kind: 'contact_centre' as const };
const otherCentre = { id: 'org-other-centre', kind: 'contact_centre' as const };
const inHouse = { id: 'org-inhouse', kind: 'both' as const };

const relBank: RelationshipRef = { id: 'rel-bank', clientOrganisationId: bank.id, centreOrganisationId: centre.id };
const relTravel: RelationshipRef = { id: 'rel-travel', clientOrganisationId: travel.id, centreOrganisationId: centre.id };
const relOther: RelationshipRef = { id: 'rel-other', clientOrganisationId: travel.id, centreOrganisationId: otherCentre.id };
const relInHouse: RelationshipRef = { id: 'rel-inhouse', clientOrganisationId: inHouse.id, centreOrganisationId: inHouse.id };
const allRelationships = [relBank, relTravel, relOther, relInHouse];

const queueForBank: Resource = { type: 'queue', centreOrganisationId: centre.id, relationshipId: relBank.id };
const queueForTravel: Resource = { type: 'queue', centreOrganisationId: centre.id, relationshipId: relTravel.id };
const queueInternal: Resource = { type: 'queue', centreOrganisationId: centre.id, relationshipId: null };
const queueOfOtherCentre: Resource = { type: 'queue', centreOrganisationId: otherCentre.id, relationshipId: relOther.id };
const queueInHouse: Resource = { type: 'queue', centreOrganisationId: inHouse.id, relationshipId: relInHouse.id };

const orgRes = (id: string): Resource => ({ type: 'organisation', id });
const relRes = (r: RelationshipRef): Resource => ({ type: 'relationship', ...r });

/** Builds the scope the app would build: relationships of the organisation narrowed by side and grant. */
const scopeIn = (org: { id: string; kind: OrganisationKind }, role: Role, grantRelationshipId: string | null = null): Scope => {
  const own = allRelationships.filter((r) => r.clientOrganisationId === org.id || r.centreOrganisationId === org.id);
  return {
    userId: `user-${role}`,
    platformAdmin: false,
    org: {
      id: org.id,
      kind: org.kind,
      role,
      relationships: visibleRelationships(org.id, org.kind, role, own, grantRelationshipId),
      grantRelationshipId,
    },
  };
};

const platformAdmin: Scope = { userId: 'user-platform', platformAdmin: true, org: null };

/** One resource of every type, all belonging to (or involving) the given organisation. */
const resourcesOf = (orgId: string, rels: RelationshipRef[], queues: Resource[]): Resource[] => [
  { type: 'platform' },
  orgRes(orgId),
  ...rels.map(relRes),
  { type: 'site', organisationId: orgId },
  ...queues,
  { type: 'membership', organisationId: orgId },
  { type: 'audit_trail', organisationId: orgId },
  { type: 'audit_grant', organisationId: orgId },
];

const writeActions = actions.filter((a) => !a.endsWith(':read'));

const assertNoWrites = (scope: Scope, resources: Resource[]): void => {
  assert.ok(writeActions.length >= 8, 'the action list should contain the write actions');
  const allowed: string[] = [];
  for (const action of writeActions)
    for (const r of resources) if (can(scope, action, r)) allowed.push(`${action} on ${JSON.stringify(r)}`);
  assert.deepEqual(allowed, []);
};

describe('visibleRelationships', () => {
  test('narrows by side and by grant', () => {
    assert.deepEqual(visibleRelationships(centre.id, centre.kind, 'agent', allRelationships, null), [relBank, relTravel]);
    assert.deepEqual(visibleRelationships(bank.id, bank.kind, 'client_manager', allRelationships, null), [relBank]);
    // A centre-side role in a client organisation has no side there, so sees nothing.
    assert.deepEqual(visibleRelationships(bank.id, bank.kind, 'agent', allRelationships, null), []);
    assert.deepEqual(visibleRelationships(centre.id, centre.kind, 'auditor', allRelationships, relTravel.id), [relTravel]);
  });
});

describe('client_manager of a client', () => {
  const scope = scopeIn(bank, 'client_manager');

  test('sees its own organisation and the centre that serves it, not another client', () => {
    assert.equal(can(scope, 'organisation:read', orgRes(bank.id)), true);
    assert.equal(can(scope, 'organisation:read', orgRes(centre.id)), true);
    assert.equal(can(scope, 'organisation:read', orgRes(travel.id)), false);
    assert.equal(can(scope, 'organisation:read', orgRes(otherCentre.id)), false);
  });

  test('sees its relationship, not the centre’s relationship with another client', () => {
    assert.equal(can(scope, 'relationship:read', relRes(relBank)), true);
    assert.equal(can(scope, 'relationship:update', relRes(relBank)), true);
    assert.equal(can(scope, 'relationship:read', relRes(relTravel)), false);
    assert.equal(can(scope, 'relationship:update', relRes(relTravel)), false);
  });

  test('sees the queues run for it, not a queue of the same centre run for another client', () => {
    assert.equal(can(scope, 'queue:read', queueForBank), true);
    assert.equal(can(scope, 'queue:read', queueForTravel), false);
    assert.equal(can(scope, 'queue:read', queueInternal), false);
    assert.equal(can(scope, 'queue:manage', queueForBank), false);
  });

  test('may not change the partner centre or its own organisation record', () => {
    assert.equal(can(scope, 'organisation:update', orgRes(centre.id)), false);
    assert.equal(can(scope, 'organisation:update', orgRes(bank.id)), false);
  });
});

describe('centre agent', () => {
  const scope = scopeIn(centre, 'agent');

  test('sees every queue of its own centre, not another centre’s', () => {
    assert.equal(can(scope, 'queue:read', queueForBank), true);
    assert.equal(can(scope, 'queue:read', queueForTravel), true);
    assert.equal(can(scope, 'queue:read', queueInternal), true);
    assert.equal(can(scope, 'queue:read', queueOfOtherCentre), false);
  });

  test('does not see member lists, and manages nothing', () => {
    assert.equal(can(scope, 'member:read', { type: 'membership', organisationId: centre.id }), false);
    assertNoWrites(scope, resourcesOf(centre.id, [relBank, relTravel], [queueForBank, queueForTravel, queueInternal]));
  });
});

describe('centre quality_manager', () => {
  const scope = scopeIn(centre, 'quality_manager');

  test('manages the queues and sites of its own centre only', () => {
    assert.equal(can(scope, 'queue:manage', queueForBank), true);
    assert.equal(can(scope, 'queue:manage', queueInternal), true);
    assert.equal(can(scope, 'queue:manage', queueOfOtherCentre), false);
    assert.equal(can(scope, 'site:manage', { type: 'site', organisationId: centre.id }), true);
    assert.equal(can(scope, 'site:manage', { type: 'site', organisationId: otherCentre.id }), false);
  });

  test('may read but not update its organisation', () => {
    assert.equal(can(scope, 'organisation:read', orgRes(centre.id)), true);
    assert.equal(can(scope, 'organisation:update', orgRes(centre.id)), false);
    assert.equal(can(scope, 'member:read', { type: 'membership', organisationId: centre.id }), true);
    assert.equal(can(scope, 'member:manage', { type: 'membership', organisationId: centre.id }), false);
  });
});

describe('centre admin', () => {
  const scope = scopeIn(centre, 'admin');

  test('updates its own organisation and manages its queues, but never a partner’s', () => {
    assert.equal(can(scope, 'organisation:update', orgRes(centre.id)), true);
    assert.equal(can(scope, 'organisation:update', orgRes(bank.id)), false);
    assert.equal(can(scope, 'organisation:read', orgRes(bank.id)), true);
    assert.equal(can(scope, 'queue:manage', queueForTravel), true);
    assert.equal(can(scope, 'member:manage', { type: 'membership', organisationId: bank.id }), false);
  });
});

describe('auditor limited to one relationship by a grant', () => {
  const scope = scopeIn(centre, 'auditor', relBank.id);

  test('sees only the granted relationship and its queues', () => {
    assert.deepEqual(scope.org?.relationships, [relBank]);
    assert.equal(can(scope, 'relationship:read', relRes(relBank)), true);
    assert.equal(can(scope, 'relationship:read', relRes(relTravel)), false);
    assert.equal(can(scope, 'queue:read', queueForBank), true);
    assert.equal(can(scope, 'queue:read', queueForTravel), false);
    assert.equal(can(scope, 'queue:read', queueInternal), false);
    assert.equal(can(scope, 'organisation:read', orgRes(bank.id)), true);
    assert.equal(can(scope, 'organisation:read', orgRes(travel.id)), false);
  });

  test('can do no write action at all', () => {
    assertNoWrites(scope, resourcesOf(centre.id, allRelationships, [queueForBank, queueForTravel, queueInternal, queueOfOtherCentre]));
  });

  test('does not read the organisation-wide audit trail, which spans the other relationships too', () => {
    assert.equal(can(scope, 'audit_trail:read', { type: 'audit_trail', organisationId: centre.id }), false);
    assert.equal(can(scopeIn(centre, 'auditor'), 'audit_trail:read', { type: 'audit_trail', organisationId: centre.id }), true);
  });

  test('an auditor without a grant limit sees every relationship of the organisation, still without writes', () => {
    const standing = scopeIn(centre, 'auditor');
    assert.equal(can(standing, 'queue:read', queueForTravel), true);
    assert.equal(can(standing, 'queue:read', queueInternal), true);
    assertNoWrites(standing, resourcesOf(centre.id, allRelationships, [queueForBank, queueForTravel, queueInternal]));
  });
});

describe('conformity work', () => {
  const assessment = (over: Partial<AssessmentResource> = {}): AssessmentResource => ({
    type: 'assessment',
    id: 'as-1',
    scopeKind: 'centre',
    organisationId: centre.id,
    relationshipId: null,
    sharedWith: [],
    ...over,
  });

  test('the centre runs its own assessment; the client reads it only when shared; another organisation never', () => {
    assert.equal(can(scopeIn(centre, 'team_lead'), 'assessment:manage', assessment()), true);
    assert.equal(can(scopeIn(centre, 'team_lead'), 'assessment:approve', assessment()), false);
    assert.equal(can(scopeIn(centre, 'quality_manager'), 'assessment:approve', assessment()), true);
    assert.equal(can(scopeIn(bank, 'client_manager'), 'assessment:read', assessment()), false);
    const shared = assessment({ sharedWith: [relBank.id] });
    assert.equal(can(scopeIn(bank, 'client_manager'), 'assessment:read', shared), true);
    assert.equal(can(scopeIn(bank, 'client_manager'), 'assessment:manage', shared), false);
    // The client audits what is shared with it: it records findings and checks actions, but changes no answer.
    assert.equal(can(scopeIn(bank, 'client_manager'), 'finding:record', shared), true);
    assert.equal(can(scopeIn(travel, 'client_manager'), 'assessment:read', shared), false);
  });

  test('an auditor records findings and verifies actions on assessments in reach, and writes nothing else', () => {
    const auditor = scopeIn(centre, 'auditor');
    assert.equal(can(auditor, 'finding:record', assessment()), true);
    assert.equal(can(auditor, 'action:verify', assessment()), true);
    assert.equal(can(auditor, 'action:manage', assessment()), false);
    assert.equal(can(auditor, 'assessment:manage', assessment()), false);
    assert.equal(can(auditor, 'finding:record', orgRes(centre.id)), false);
  });

  test('an audit grant for one assessment opens that assessment and nothing else of the organisation', () => {
    const base = scopeIn(centre, 'auditor');
    const limited: Scope = { ...base, org: base.org ? { ...base.org, grantAssessmentId: 'as-1' } : null };
    assert.equal(can(limited, 'assessment:read', assessment()), true);
    assert.equal(can(limited, 'assessment:read', assessment({ id: 'as-2' })), false);
    assert.equal(can(limited, 'contact_data:read', { type: 'contact_data', centreOrganisationId: centre.id }), false);
    assert.equal(can(limited, 'audit_trail:read', { type: 'audit_trail', organisationId: centre.id }), false);
    assert.equal(can(limited, 'evidence:read', { type: 'evidence', organisationId: centre.id }), false);
  });
});

describe('client_viewer', () => {
  test('reads what a client sees but can do no writes', () => {
    const scope = scopeIn(bank, 'client_viewer');
    assert.equal(can(scope, 'queue:read', queueForBank), true);
    assert.equal(can(scope, 'relationship:read', relRes(relBank)), true);
    assert.equal(can(scope, 'member:read', { type: 'membership', organisationId: bank.id }), false);
    assertNoWrites(scope, resourcesOf(bank.id, [relBank, relTravel], [queueForBank, queueForTravel]));
  });
});

describe('platform actions', () => {
  test('belong only to platform administrators', () => {
    assert.deepEqual([...platformActions].sort(), ['organisation:create', 'relationship:create', 'user:manage']);
    for (const action of platformActions) {
      assert.equal(can(platformAdmin, action, { type: 'platform' }), true, action);
      for (const role of roles)
        for (const org of [bank, centre, inHouse])
          assert.equal(can(scopeIn(org, role), action, { type: 'platform' }), false, `${role}@${org.kind} ${action}`);
    }
  });

  test('a platform administrator in an organisation keeps the platform actions', () => {
    const adminInOrg: Scope = { ...scopeIn(centre, 'agent'), platformAdmin: true };
    assert.equal(can(adminInOrg, 'user:manage', { type: 'platform' }), true);
  });

  test('a platform administrator without an organisation sees organisations and memberships, nothing else', () => {
    assert.equal(can(platformAdmin, 'organisation:read', orgRes(travel.id)), true);
    assert.equal(can(platformAdmin, 'member:manage', { type: 'membership', organisationId: bank.id }), true);
    assert.equal(can(platformAdmin, 'queue:read', queueForBank), false);
    assert.equal(can(platformAdmin, 'organisation:update', orgRes(bank.id)), false);
  });
});

describe('in-house organisation (kind both)', () => {
  test('a client_manager sees the relationship where the organisation is the client', () => {
    const scope = scopeIn(inHouse, 'client_manager');
    assert.deepEqual(scope.org?.relationships, [relInHouse]);
    assert.equal(can(scope, 'relationship:read', relRes(relInHouse)), true);
    assert.equal(can(scope, 'relationship:update', relRes(relInHouse)), true);
    assert.equal(can(scope, 'queue:read', queueInHouse), true);
    // Speaking for the client side only, it does not manage the centre's queues.
    assert.equal(can(scope, 'queue:manage', queueInHouse), false);
  });

  test('a quality_manager there manages the in-house queues', () => {
    const scope = scopeIn(inHouse, 'quality_manager');
    assert.equal(can(scope, 'queue:manage', queueInHouse), true);
    assert.equal(can(scope, 'queue:manage', queueForBank), false);
  });
});

describe('authorize', () => {
  const scope = scopeIn(bank, 'client_manager');
  const thrown = (fn: () => void): AppError => {
    try {
      fn();
    } catch (e) {
      assert.ok(e instanceof AppError, `expected an AppError, got ${String(e)}`);
      return e;
    }
    assert.fail('expected authorize to throw');
  };

  test('returns quietly when allowed', () => {
    assert.equal(authorize(scope, 'relationship:update', relRes(relBank), 'CCQ_ERR_RELATIONSHIP_NOT_FOUND'), undefined);
  });

  test('answers the given not-found code for resources the actor cannot see', () => {
    assert.equal(
      thrown(() => authorize(scope, 'organisation:read', orgRes(travel.id), 'CCQ_ERR_ORGANISATION_NOT_FOUND')).code,
      'CCQ_ERR_ORGANISATION_NOT_FOUND',
    );
    assert.equal(
      thrown(() => authorize(scope, 'organisation:update', orgRes(travel.id), 'CCQ_ERR_ORGANISATION_NOT_FOUND')).code,
      'CCQ_ERR_ORGANISATION_NOT_FOUND',
    );
    assert.equal(thrown(() => authorize(scope, 'queue:manage', queueForTravel, 'CCQ_ERR_QUEUE_NOT_FOUND')).code, 'CCQ_ERR_QUEUE_NOT_FOUND');
    assert.equal(thrown(() => authorize(scope, 'user:manage', { type: 'platform' }, 'CCQ_ERR_NOT_FOUND')).code, 'CCQ_ERR_NOT_FOUND');
  });

  test('answers CCQ_ERR_FORBIDDEN for resources the actor sees but may not change', () => {
    const e = thrown(() => authorize(scope, 'organisation:update', orgRes(centre.id), 'CCQ_ERR_ORGANISATION_NOT_FOUND'));
    assert.equal(e.code, 'CCQ_ERR_FORBIDDEN');
    assert.equal(e.status, 403);
    assert.equal(thrown(() => authorize(scope, 'queue:manage', queueForBank, 'CCQ_ERR_QUEUE_NOT_FOUND')).code, 'CCQ_ERR_FORBIDDEN');
    const agent = scopeIn(centre, 'agent');
    assert.equal(thrown(() => authorize(agent, 'queue:manage', queueInternal, 'CCQ_ERR_QUEUE_NOT_FOUND')).code, 'CCQ_ERR_FORBIDDEN');
  });
});

describe('roleFitsKind', () => {
  test('client roles in clients, centre roles in centres, every role in-house', () => {
    const fits = (kind: OrganisationKind) => roles.filter((r) => roleFitsKind(r, kind));
    assert.deepEqual(fits('client').sort(), ['admin', 'auditor', 'client_manager', 'client_viewer']);
    assert.deepEqual(fits('contact_centre').sort(), ['admin', 'agent', 'auditor', 'quality_manager', 'team_lead']);
    assert.deepEqual(fits('both').sort(), [...roles].sort());
  });
});

describe('effectiveSides', () => {
  test('keeps only the sides the organisation kind also has', () => {
    assert.deepEqual(effectiveSides('both', 'admin'), ['client', 'centre']);
    assert.deepEqual(effectiveSides('client', 'admin'), ['client']);
    assert.deepEqual(effectiveSides('contact_centre', 'auditor'), ['centre']);
    assert.deepEqual(effectiveSides('both', 'client_viewer'), ['client']);
    assert.deepEqual(effectiveSides('both', 'team_lead'), ['centre']);
    assert.deepEqual(effectiveSides('contact_centre', 'client_manager'), []);
    assert.deepEqual(effectiveSides('client', 'agent'), []);
  });
});
