// src/adapters/http/server.ts — the Fastify application: API under /api/v1, OpenAPI, docs, and the web app

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { type ZodTypeProvider, jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../app/ports.js';
import { ZError } from '../../contracts/common.js';
import { type ThrottlePolicy, createLoginThrottle, defaultThrottle } from './login-throttle.js';
import { type CookiePolicy, registerAuth } from './plugins/auth.js';
import { AppError } from '../../domain/shared/errors.js';
import { errorBody, registerErrorHandling } from './plugins/errors.js';
import { adminRoutes } from './routes/admin.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { assessmentRoutes } from './routes/assessments.routes.js';
import { contactDataRoutes } from './routes/contact-data.routes.js';
import { evidenceRoutes } from './routes/evidence.routes.js';
import { frameworkRoutes } from './routes/frameworks.routes.js';
import { mandateRoutes } from './routes/mandates.routes.js';
import { notificationRoutes, webhookRoutes } from './routes/notifications.routes.js';
import { publicPageHtmlRoutes, publicPageSettingsRoutes } from './routes/public-page.routes.js';
import { organisationRoutes } from './routes/organisations.routes.js';
import { relationshipAndQueueRoutes } from './routes/relationships-and-queues.routes.js';
import { reportRoutes } from './routes/reports.routes.js';
import { reviewRoutes } from './routes/reviews.routes.js';
import { staffingRoutes } from './routes/staffing.routes.js';
import { complaintPageRoutes } from './routes/complaint-page.routes.js';
import { complaintRoutes } from './routes/complaints.routes.js';
import { surveyPageRoutes } from './routes/survey-page.routes.js';
import { surveyRoutes } from './routes/surveys.routes.js';
import { peopleRoutes } from './routes/people.routes.js';
import { pulsePageRoutes } from './routes/pulse-page.routes.js';
import { qaRoutes } from './routes/qa.routes.js';

export type ServerOptions = {
  deps: Deps;
  /** Describes the database for the health endpoint (`sqlite` or `postgres`), and checks it answers. */
  health: { dialect: string; ping: () => Promise<void> };
  version: string;
  /** Folder with the built web app (index.html + assets); absent in API-only tests. */
  webRoot: string | null;
  logger: FastifyServerOptions['logger'];
  secureCookies: boolean;
  throttle?: ThrottlePolicy;
};

export const buildServer = async (o: ServerOptions): Promise<FastifyInstance> => {
  const app = Fastify({
    logger: o.logger,
    trustProxy: false,
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await app.register(fastifyCookie);
  // Off by default: the public endpoints (survey answers, complaint forms) opt in with `config.rateLimit`.
  await app.register(fastifyRateLimit, {
    global: false,
    // What the builder returns is thrown, so the one error handler answers it like every other error.
    errorResponseBuilder: (_request, context) =>
      new AppError('CCQ_ERR_RATE_LIMITED', `Too many requests; try again in ${Math.ceil(context.ttl / 1000)} s`),
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'ccq API',
        description:
          'Contact-centre quality (ISO 18295): organisations, client–centre relationships, queues, people and access. ' +
          'Authenticate with the session cookie from POST /api/v1/auth/login (send the csrfToken back as x-ccq-csrf on changes) ' +
          'or with a personal API token as `Authorization: Bearer ccq_...`. Choose the organisation to act in with `x-ccq-org`.',
        version: o.version,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'ccq_session' },
          apiToken: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { apiToken: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const cookiePolicy: CookiePolicy = { secure: o.secureCookies, maxAgeSeconds: o.deps.sessionPolicy.absoluteHours * 3600 };
  registerAuth(app, o.deps, cookiePolicy);

  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary: 'Liveness and database reachability',
        response: { 200: z.object({ status: z.literal('ok'), database: z.string(), version: z.string() }), 503: ZError },
      },
    },
    async (_request, reply) => {
      try {
        await o.health.ping();
      } catch {
        return reply.code(503).send(errorBody('CCQ_ERR_DATABASE_UNAVAILABLE'));
      }
      return { status: 'ok' as const, database: o.health.dialect, version: o.version };
    },
  );
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  const throttle = createLoginThrottle(o.throttle ?? defaultThrottle);
  await app.register(
    async (v1) => {
      await v1.register(authRoutes(o.deps, throttle, cookiePolicy));
      await v1.register(organisationRoutes(o.deps));
      await v1.register(relationshipAndQueueRoutes(o.deps));
      await v1.register(adminRoutes(o.deps));
      await v1.register(contactDataRoutes(o.deps));
      await v1.register(frameworkRoutes(o.deps));
      await v1.register(assessmentRoutes(o.deps));
      await v1.register(evidenceRoutes(o.deps));
      await v1.register(mandateRoutes(o.deps));
      await v1.register(publicPageSettingsRoutes(o.deps));
      await v1.register(reportRoutes(o.deps));
      await v1.register(notificationRoutes(o.deps));
      await v1.register(webhookRoutes(o.deps));
      await v1.register(reviewRoutes(o.deps));
      await v1.register(complaintRoutes(o.deps));
      await v1.register(surveyRoutes(o.deps));
      await v1.register(peopleRoutes(o.deps));
      await v1.register(qaRoutes(o.deps));
      await v1.register(staffingRoutes(o.deps));
    },
    { prefix: '/api/v1' },
  );
  await app.register(publicPageHtmlRoutes(o.deps));
  await app.register(complaintPageRoutes(o.deps));
  await app.register(surveyPageRoutes(o.deps));
  await app.register(pulsePageRoutes(o.deps));

  const webRoot = o.webRoot && existsSync(join(o.webRoot, 'index.html')) ? o.webRoot : null;
  if (webRoot) await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    // The web app routes on the client: any non-API GET that accepts HTML gets index.html.
    if (webRoot && request.method === 'GET' && !request.url.startsWith('/api')) return reply.sendFile('index.html');
    return reply.code(404).send(errorBody('CCQ_ERR_ROUTE_NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`));
  });
  return app;
};
