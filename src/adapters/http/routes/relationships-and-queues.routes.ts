// src/adapters/http/routes/relationships-and-queues.routes.ts — client–centre relationships, queues, the home page

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getHome } from '../../../app/get-home.js';
import { getRelationship, listRelationships, updateRelationship } from '../../../app/manage-relationships.js';
import { createQueue, getQueue, listQueues, updateQueue } from '../../../app/manage-sites-and-queues.js';
import type { Deps } from '../../../app/ports.js';
import { isInHouse, type Relationship } from '../../../domain/organisations/model.js';
import { ZError, ZIdParams } from '../../../contracts/common.js';
import {
  ZCreateQueueBody,
  ZHome,
  ZQueue,
  ZRelationship,
  ZUpdateQueueBody,
  ZUpdateRelationshipBody,
} from '../../../contracts/organisations.js';
import { callerOf } from '../plugins/auth.js';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };

export const toRelationship = (r: Relationship) => ({ ...r, inHouse: isInHouse(r) });

export const relationshipAndQueueRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/home',
      {
        schema: { tags: ['home'], summary: 'The acting organisation at a glance, for its home page', response: { 200: ZHome, ...errors } },
      },
      async (request) => {
        const home = await getHome(deps, callerOf(request));
        return { ...home, relationships: home.relationships.map((r) => ({ ...r, inHouse: isInHouse(r) })) };
      },
    );

    const tags = ['relationships'];
    app.get(
      '/relationships',
      {
        schema: {
          tags,
          summary: 'Client–centre relationships the acting organisation is party to',
          response: { 200: z.array(ZRelationship), ...errors },
        },
      },
      async (request) => (await listRelationships(deps, callerOf(request))).map(toRelationship),
    );
    app.get(
      '/relationships/:id',
      { schema: { tags, summary: 'One relationship', params: ZIdParams, response: { 200: ZRelationship, ...errors } } },
      async (request) => toRelationship(await getRelationship(deps, callerOf(request), request.params.id)),
    );
    app.patch(
      '/relationships/:id',
      {
        schema: {
          tags,
          summary: 'Rename, end or date a relationship',
          params: ZIdParams,
          body: ZUpdateRelationshipBody,
          response: { 200: ZRelationship, ...errors },
        },
      },
      async (request) => toRelationship(await updateRelationship(deps, callerOf(request), request.params.id, request.body)),
    );

    const qtags = ['queues'];
    app.get(
      '/queues',
      { schema: { tags: qtags, summary: 'Queues visible to the acting organisation', response: { 200: z.array(ZQueue), ...errors } } },
      async (request) => listQueues(deps, callerOf(request)),
    );
    app.post(
      '/queues',
      {
        schema: { tags: qtags, summary: 'Add a queue to the acting centre', body: ZCreateQueueBody, response: { 201: ZQueue, ...errors } },
      },
      async (request, reply) => reply.code(201).send(await createQueue(deps, callerOf(request), request.body)),
    );
    app.get(
      '/queues/:id',
      { schema: { tags: qtags, summary: 'One queue', params: ZIdParams, response: { 200: ZQueue, ...errors } } },
      async (request) => getQueue(deps, callerOf(request), request.params.id),
    );
    app.patch(
      '/queues/:id',
      {
        schema: { tags: qtags, summary: 'Change a queue', params: ZIdParams, body: ZUpdateQueueBody, response: { 200: ZQueue, ...errors } },
      },
      async (request) => updateQueue(deps, callerOf(request), request.params.id, request.body),
    );
  };
