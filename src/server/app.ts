// createApp: the Koa application, its routes mounted from the generated
// operation table, one handler per operationId. No module-level state: every
// dependency comes in, so tests run isolated servers side by side.
//
// The request path: access log → error envelope → authentication by the
// operation's security scheme (→ conditional GET → rate limit → plan check for
// API keys) → validation (generated) → 304 or handler → domain module → database.
import Koa from 'koa';
import Router, { type RouterMiddleware } from '@koa/router';
import {
  basePath,
  operations,
  securitySchemes,
  type OperationDefinition,
  type OperationId,
  type SecurityScheme,
} from '../../generated/operations.js';
import { createApiKeyVerifier } from '../accounts/api-key-cache.js';
import { createAccountVersions, type AccountVersions } from '../db/account-versions.js';
import type { Clock } from '../clock.js';
import { noDeliveryWorker, noExpiryScheduler, type DeliveryWakeUp, type WakeUp } from '../context.js';
import { writabilityProbe, type PhotoStorage } from '../storage/storage.js';
import { createImageQueue } from '../photos/image-queue.js';
import type { SecretBox } from '../webhooks/secret-box.js';
import type { Config } from '../config/index.js';
import type { Database } from '../db/connect.js';
import { ApiError } from '../errors/index.js';
import type { Logger } from '../logging/logger.js';
import { MemoryRateLimitStore, type RateLimitStore } from '../rate-limit/rate-limit.js';
import type { HandlerInput, HandlerTable, RequestState, Services } from './context.js';
import { handlers as defaultHandlers } from './handlers/index.js';
import { accessLog } from './middleware/access-log.js';
import { conditionalGet, conditionalGetResource } from './middleware/conditional-get.js';
import { responseHeaders } from './middleware/response-headers.js';
import { corsFor } from './middleware/cors.js';
import { idempotency } from './middleware/idempotency.js';
import { clientAddress } from './middleware/client-address.js';
import { credentials } from '../../generated/constants.js';
import { authenticateApiKey } from './middleware/authenticate-api-key.js';
import { authenticateShareAccess } from './middleware/authenticate-share-access.js';
import { errorEnvelope } from './middleware/error-envelope.js';
import { rateLimitPerAccount } from './middleware/rate-limit.js';
import { rateLimitPerVisitor } from './middleware/rate-limit-visitor.js';
import { requirePlan } from './middleware/require-plan.js';
import { validateRequest } from './middleware/validate.js';
import { send } from './respond.js';
import { sharePage } from './share-page.js';

export interface AppOptions {
  config: Config;
  database: Database;
  clock: Clock;
  logger: Logger;
  rateLimitStore?: RateLimitStore;
  handlers?: HandlerTable;
  /** Encrypts webhook secrets at rest (from WEBHOOK_SECRET_KEY). */
  secretBox: SecretBox;
  /** Told when events were committed (the delivery worker); nothing by default. */
  deliveries?: DeliveryWakeUp;
  /** Photo originals and previews. */
  storage: PhotoStorage;
  /** Told when a gallery's expiry changed (the expiry scheduler); nothing by default. */
  expiry?: WakeUp;
  /**
   * Accounts' versions in memory (conditional GETs). By default, kept on SQLite and read on every
   * request on PostgreSQL (kept there only by a LISTEN of the caller's: startServer's, closed with it).
   */
  versions?: AccountVersions;
}

/** Where in a scheme's chain the request is validated (by default, after all of it). */
export const VALIDATE = Symbol('validate the request here');
/** Where in a scheme's chain a GET's ETag is computed and If-None-Match checked (other methods: nowhere). */
export const CONDITIONAL = Symbol('check If-None-Match here');
type Chain = readonly (RouterMiddleware<RequestState> | typeof VALIDATE | typeof CONDITIONAL)[];

/** Each security scheme of the spec (and 'none') → the middleware that enforces it. */
export type SecurityTable = Record<SecurityScheme | 'none', Chain | undefined>;

/** Every operationId has exactly one handler, and every handler an operation. */
export function checkHandlers(table: readonly OperationDefinition[], handlers: Record<string, unknown>): void {
  const ids = new Set(table.map((o) => o.operationId));
  const missing = [...ids].filter((id) => typeof handlers[id] !== 'function');
  const extra = Object.keys(handlers).filter((id) => !ids.has(id));
  if (missing.length || extra.length) {
    throw new Error(
      `Handlers do not match openapi.yaml:${missing.length ? ` missing ${missing.join(', ')};` : ''}${extra.length ? ` no such operation ${extra.join(', ')};` : ''}`,
    );
  }
}

/** Every operation's security scheme has middleware: an unguarded operation is never mounted. */
export function checkSecurity(table: readonly OperationDefinition[], security: Partial<Record<string, Chain | undefined>>): void {
  const unguarded = table.filter((o) => !security[o.security]).map((o) => `${o.operationId} (${o.security})`);
  if (unguarded.length) throw new Error(`No middleware for the security scheme of: ${unguarded.join(', ')}`);
}

export function createApp(options: AppOptions, security?: Partial<SecurityTable>): Koa<RequestState> {
  const handlers = options.handlers ?? defaultHandlers;
  checkHandlers(operations, handlers);
  const services: Services = {
    config: options.config,
    database: options.database,
    db: options.database.db,
    clock: options.clock,
    logger: options.logger,
    deliveries: options.deliveries ?? noDeliveryWorker,
    secretBox: options.secretBox,
    storage: options.storage,
    expiry: options.expiry ?? noExpiryScheduler,
    rateLimits: options.rateLimitStore ?? new MemoryRateLimitStore(),
    versions: options.versions ?? createAccountVersions(options.database, { logger: options.logger }),
    storageWritable: writabilityProbe(options.storage),
    images: createImageQueue({
      concurrency: options.config.photos.imageConcurrency,
      maxWaiting: options.config.photos.imageQueueLength,
      pixelBudget: options.config.photos.imagePixelBudget,
    }),
  };
  if (options.config.webhooks.allowPrivateTargets) {
    options.logger.warn(
      options.config.production
        ? 'WEBHOOK_ALLOW_PRIVATE_TARGETS is on: webhooks may be sent over http:// and to loopback, private and link-local addresses'
        : 'development: webhooks may be sent over http:// and to loopback and private addresses (refused when NODE_ENV=production)',
    );
  }
  const rateLimits = services.rateLimits;
  const verify = createApiKeyVerifier(services, options.config.apiKeyCacheSeconds);
  const schemes: SecurityTable = {
    // A 304 is free: the ETag is checked before the rate limit counts.
    ApiKey: [authenticateApiKey(services, verify, rateLimits), CONDITIONAL, rateLimitPerAccount(services, rateLimits), requirePlan('pro')],
    // A malformed share token is a 400 (like any path parameter), so the client's request is validated before the link is looked up.
    ShareAccessToken: [rateLimitPerVisitor(services, rateLimits), VALIDATE, authenticateShareAccess(services), CONDITIONAL],
    none: [],
    ...security,
  };
  if (securitySchemes.some((s) => !(s in schemes))) throw new Error('Every security scheme of openapi.yaml needs an entry');
  checkSecurity(operations, schemes);

  const app = new Koa<RequestState>();
  // Koa's own error printing is replaced by the envelope middleware and pino.
  app.silent = true;
  // The client's page lives at the share links' path (the path of SHARE_BASE_URL, /g by default).
  const sharePagePath = new URL(options.config.shareBaseUrl).pathname.replace(/\/$/, '');
  app.use(clientAddress(options.config.trustProxy));
  app.use(accessLog(options.logger, sharePagePath));
  app.use(responseHeaders());
  app.use(errorEnvelope(options.logger, sharePagePath));
  app.use(sharePage(sharePagePath));
  app.use(answerUnmatched());

  const router = new Router<RequestState>({ prefix: basePath });
  const table = operations as readonly OperationDefinition[];
  // CORS by security scheme, decided here once: a scheme whose credential a browser page sends (ShareAccessToken) allows any origin.
  const corsOf = new Map<string, RouterMiddleware<RequestState>>();
  for (const scheme of BROWSER_SCHEMES) corsOf.set(scheme, corsFor(table.filter((o) => o.security === scheme), credentials[scheme].header));
  for (const [scheme, cors] of corsOf) {
    // Preflights: one OPTIONS route per path of the scheme's operations.
    for (const path of new Set(table.filter((o) => o.security === scheme).map((o) => o.routerPath))) router.register(path, ['OPTIONS'], [cors] as never);
  }
  for (const operation of table) {
    const guard = schemes[operation.security as SecurityScheme | 'none']!;
    const cors = corsOf.get(operation.security);
    router.register(operation.routerPath, [operation.method], [...(cors ? [cors] : []), ...chainOf(operation, guard, services, handlers)] as never, { name: operation.operationId });
  }
  app.use(router.routes());
  app.use(router.allowedMethods());
  return app;
}

/** The schemes whose credential comes from a browser page on any origin: their operations answer CORS. */
const BROWSER_SCHEMES = ['ShareAccessToken'] as const satisfies readonly SecurityScheme[];

/** One operation's middleware: its scheme's chain with validation and the conditional GET in place, then the handler. */
function chainOf(operation: OperationDefinition, guard: Chain, services: Services, handlers: HandlerTable): RouterMiddleware<RequestState>[] {
  const validate = validateRequest(operation, services.config.jsonBodyLimit);
  const conditional =
    operation.etag === 'account'
      ? conditionalGet(services)
      : operation.etag === 'resource' && operation.etagResource
        ? conditionalGetResource(services, operation.etagResource, operation.validators.params)
        : undefined;
  const steps = guard.includes(VALIDATE) ? guard : [...guard, VALIDATE];
  // Every operation but the ApiKey scheme's GETs may write (a share link's GETs record visits).
  const mayWrite = operation.method !== 'GET' || operation.security !== 'ApiKey';
  return [
    ...(mayWrite ? [forgetsKeptVersion(services)] : []),
    ...steps.flatMap((m): RouterMiddleware<RequestState>[] => (m === VALIDATE ? [validate] : m === CONDITIONAL ? (conditional ? [conditional] : []) : [m as RouterMiddleware<RequestState>])),
    // After validation and authentication: a retried POST is answered (or refused) before its handler runs.
    ...(operation.method === 'POST' ? [idempotency(operation, services)] : []),
    respondWith(operation, handlers, services),
  ];
}

/**
 * Once a request that may have written is answered (or failed), this instance forgets the account's kept
 * version: its next GET reads what was written, before the write's own notification comes back.
 */
function forgetsKeptVersion(services: Services): RouterMiddleware<RequestState> {
  return async (ctx, next) => {
    try {
      await next();
    } finally {
      const accountId = ctx.state.apiKey?.account.id ?? ctx.state.share?.gallery.account_id;
      if (accountId) services.versions.changed(accountId);
    }
  };
}

function respondWith(operation: OperationDefinition, handlers: HandlerTable, services: Services): RouterMiddleware<RequestState> {
  const handler = handlers[operation.operationId as OperationId] as unknown as (input: HandlerInput<OperationId>) => Promise<Parameters<typeof send>[1]>;
  const answersItself = operation.answersNotModified;
  return async (ctx) => {
    const { etag, notModified = false } = ctx.state;
    if (etag && notModified && !answersItself) {
      ctx.set('ETag', etag);
      ctx.status = 304;
      ctx.body = null;
      return;
    }
    const result = await handler({
      params: ctx.state.params,
      query: ctx.state.query,
      body: ctx.state.body,
      account: ctx.state.apiKey?.account,
      share: ctx.state.share,
      requestId: ctx.state.requestId,
      headers: ctx.headers,
      visitor: { address: ctx.ip, userAgent: ctx.get('User-Agent') || null },
      request: ctx.req,
      notModified: answersItself && notModified,
      services,
    } as HandlerInput<OperationId>);
    send(ctx, result);
    // Successes carry the ETag (a handler's own wins: it knows its answer better); errors never do.
    if (etag && (ctx.status < 300 || ctx.status === 304) && !ctx.response.get('ETag')) ctx.set('ETag', etag);
  };
}

/**
 * What no route answered, in the envelope: @koa/router's allowedMethods sets
 * 405 (or 501) with Allow when the path exists with other methods; nothing
 * at all is a 404.
 */
function answerUnmatched(): RouterMiddleware<RequestState> {
  return async (ctx, next) => {
    await next();
    if (ctx.body !== undefined && ctx.body !== null) return;
    const allowed = String(ctx.response.get('Allow') ?? '').split(/,\s*/).filter(Boolean);
    if ((ctx.status === 405 || ctx.status === 501) && allowed.length) {
      throw new ApiError('method_not_allowed', `${ctx.method} is not allowed on this path`, { allowed }, { Allow: allowed.join(', ') });
    }
    if (ctx.status === 404 || ctx.status === 405 || ctx.status === 501) throw new ApiError('not_found', 'No such route', { path: ctx.path });
  };
}
