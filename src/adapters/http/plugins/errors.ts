// src/adapters/http/plugins/errors.ts — every error leaves the API as { error: { code, message, issues? } }

import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type FieldIssue, errorCatalogue } from '../../../domain/shared/errors.js';

export const errorBody = (code: ErrorCode, message?: string, issues?: FieldIssue[]) => ({
  error: { code, message: message ?? errorCatalogue[code].message, ...(issues?.length ? { issues } : {}) },
});

/** Installs the error handler; request validation failures name the field (`body.email`, `params.id`). */
export const registerErrorHandling = (app: FastifyInstance): void => {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      if (error.code === 'CCQ_ERR_RATE_LIMITED') reply.header('retry-after', '60');
      return reply.code(error.status).send(errorBody(error.code, error.message, error.issues));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = (error as FastifyError).validationContext ?? 'body';
      const issues = error.validation.map((v) => ({
        // Body fields are named as the client sent them (`email`); query and path fields carry their place.
        path: [...(where === 'body' ? [] : [where]), ...v.instancePath.split('/').filter(Boolean)].join('.') || where,
        message: v.message ?? 'is not valid',
      }));
      const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
      return reply.code(400).send(errorBody('CCQ_ERR_VALIDATION', `The request is not valid — ${summary}`, issues));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its schema');
      return reply.code(500).send(errorBody('CCQ_ERR_INTERNAL'));
    }
    const fe = error as FastifyError;
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send(errorBody('CCQ_ERR_PAYLOAD_TOO_LARGE'));
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500)
      return reply.code(fe.statusCode).send(errorBody('CCQ_ERR_BAD_REQUEST', fe.message));
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send(errorBody('CCQ_ERR_INTERNAL'));
  });
};
