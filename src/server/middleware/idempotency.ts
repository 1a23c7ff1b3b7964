// `Idempotency-Key` on POSTs: the first request with a key runs, and its
// answer is kept; a retry with the same request gets that answer (with
// `Idempotent-Replayed: true`) and runs nothing; the same key for another
// request is a 422, and while the first still runs, a 409. The records and
// their rules are in src/idempotency/; the work's transaction carries the
// key's record (db/unit-of-work.ts), so a crash can never run it twice.
import { createHash } from 'node:crypto';
import type { RouterMiddleware } from '@koa/router';
import { shareTokenOf } from './authenticate-share-access.js';
import { parameterRules } from '../../../generated/constants.js';
import type { OperationDefinition } from '../../../generated/operations.js';
import { withinUnitOfWork, type UnitOfWork } from '../../db/unit-of-work.js';
import {
  claimKey,
  forgetExpiredKeys,
  keepAnswer,
  markCommitted,
  releaseKey,
  requestFingerprint,
  reused,
  type KeptAnswer,
} from '../../idempotency/idempotency-keys.js';
import type { RequestState, Services } from '../context.js';

export const REPLAYED_HEADER = 'Idempotent-Replayed';
const KEY_HEADER = parameterRules.IdempotencyKey.name;

/** Thrown by an upload's identify() when a finished first request already answered it. */
class Replay {
  constructor(readonly answer: KeptAnswer) {}
}

export function idempotency(operation: OperationDefinition, services: Services): RouterMiddleware<RequestState> {
  const streamed = operation.requestBody?.contentTypes.some((t) => t.startsWith('multipart/')) ?? false;
  // A claim outlives the request's own time limit; a dead process's claim is free again after it.
  const leaseMs = services.config.http.requestTimeoutMs + 30_000;
  const documented = new Map(operation.responses.map((r) => [r.status, r.headers]));
  let requests = 0;
  return async (ctx, next) => {
    const key = ctx.get(KEY_HEADER);
    if (!key) return next();
    // An account's keys are its own; on share-link routes (no account) a key is the visitor's own: the link,
    // the address and the browser — so nobody else's retry can be answered with another client's access token.
    const scope = ctx.state.apiKey
      ? `account:${ctx.state.apiKey.account.id}`
      : `visitor:${createHash('sha256').update(`${shareTokenOf(ctx)}\0${ctx.ip}\0${ctx.get('User-Agent')}`).digest('hex')}`;
    const now = services.clock.now();
    if (++requests % 100 === 1) void forgetExpiredKeys(services.db, now).catch((err: unknown) => services.logger.warn({ err }, 'could not forget expired idempotency keys'));
    // JSON requests are known now; an upload once its files are read (identify).
    let fingerprint = streamed ? null : requestFingerprint(ctx.method, ctx.path, ctx.state.body);
    const claim = await claimKey(services.db, { scope, key, fingerprint, now, leaseMs, keepHours: services.config.idempotencyKeyHours });
    if (claim.kind === 'answered' && !streamed) return replay(ctx, claim.answer);

    const unit: UnitOfWork = {
      committed: false,
      commitWith: (trx) => markCommitted(trx, scope, key, fingerprint),
      async identify(parts) {
        const identified = requestFingerprint(ctx.method, ctx.path, parts);
        if (claim.kind === 'answered') {
          if (claim.fingerprint !== identified) throw reused(key);
          throw new Replay(claim.answer);
        }
        fingerprint = identified;
      },
    };
    try {
      await withinUnitOfWork(unit, next);
    } catch (err) {
      if (err instanceof Replay) return replay(ctx, err.answer);
      if (claim.kind === 'claimed' && !unit.committed) await releaseKey(services.db, scope, key).catch(() => undefined);
      throw err;
    }
    if (claim.kind !== 'claimed') return;
    if (ctx.status >= 400 && !unit.committed) {
      await releaseKey(services.db, scope, key);
      return;
    }
    const headers: Record<string, string> = {};
    for (const name of documented.get(ctx.status) ?? []) {
      const value = ctx.response.get(name);
      if (value) headers[name] = String(value);
    }
    await keepAnswer(services.db, scope, key, fingerprint, { status: ctx.status, headers, body: typeof ctx.body === 'string' ? ctx.body : null });
    // Events the work recorded were committed with it: wake the delivery worker now.
    services.deliveries.wake();
  };
}

function replay(ctx: Parameters<RouterMiddleware<RequestState>>[0], answer: KeptAnswer): void {
  for (const [name, value] of Object.entries(answer.headers)) ctx.set(name, value);
  ctx.set(REPLAYED_HEADER, 'true');
  ctx.status = answer.status;
  ctx.body = answer.body;
  if (answer.body !== null) ctx.set('Content-Type', 'application/json');
}
