// What every request carries through the middleware chain, and what handlers get.
import type { Kysely } from 'kysely';
import type { operations as OperationTypes } from '../../generated/openapi.js';
import type { OperationId } from '../../generated/operations.js';
import type { Account } from '../accounts/accounts.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config/index.js';
import type { Database as DatabaseHandle } from '../db/connect.js';
import type { Database } from '../db/schema.js';
import type { Logger } from '../logging/logger.js';

export interface Services {
  config: Config;
  database: DatabaseHandle;
  db: Kysely<Database>;
  clock: Clock;
  logger: Logger;
}

export interface RequestState {
  requestId: string;
  account?: Account;
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

type Parameters<O extends OperationId> = OperationTypes[O] extends { parameters: infer P } ? P : never;
type PathOf<O extends OperationId> = Parameters<O> extends { path: infer T } ? (T extends undefined ? never : T) : never;
type QueryOf<O extends OperationId> = Parameters<O> extends { query?: infer T } ? NonNullable<T> : never;
type BodyOf<O extends OperationId> = OperationTypes[O] extends { requestBody?: { content: { 'application/json': infer B } } }
  ? B
  : undefined;

export interface HandlerInput<O extends OperationId> {
  params: PathOf<O>;
  /** Validated, coerced, with defaults applied. */
  query: Required<Pick<QueryOf<O>, Extract<keyof QueryOf<O>, 'page' | 'per_page'>>> & QueryOf<O>;
  body: BodyOf<O>;
  /** Set on every apiKey operation. */
  account: Account;
  requestId: string;
  headers: Record<string, string | string[] | undefined>;
  services: Services;
}

export interface HandlerResult {
  status: number;
  /** JSON-serialized unless `contentType` says otherwise. */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

export type Handler<O extends OperationId> = (input: HandlerInput<O>) => Promise<HandlerResult>;
export type HandlerTable = { [O in OperationId]: Handler<O> };
