// What every request carries through the middleware chain, and what handlers
// get and may answer. Inputs *and results* are derived from the spec's
// generated types: a handler that answers an undocumented status, a body of
// the wrong shape or an undocumented header does not compile.
import type { operations as OperationTypes } from '../../generated/openapi.js';
import type { OperationId, OperationOf } from '../../generated/operations.js';
import type { Account } from '../accounts/accounts.js';
import type { VerifiedKey } from '../accounts/api-keys.js';
import type { DomainContext } from '../context.js';
import type { AccountVersions } from '../db/account-versions.js';
import type { Database } from '../db/connect.js';
import type { JsonText } from '../json-text.js';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import type { RateLimitStore } from '../rate-limit/rate-limit.js';
import type { ShareGrant } from '../share/share-access.js';
import type { Visitor } from '../share/visitors.js';
import type { ImageQueue } from '../photos/image-queue.js';

/** What the server passes to handlers: the domain context plus the database handle (health). */
export interface Services extends DomainContext {
  database: Database;
  /** The rate-limit counters (per API key, per share link and visitor, password attempts). */
  rateLimits: RateLimitStore;
  /** Image decoding, a few at a time (IMAGE_CONCURRENCY, IMAGE_QUEUE_LENGTH). */
  images: ImageQueue;
  /** Accounts' versions (conditional GETs), kept in memory until the account changes. */
  versions: AccountVersions;
  /** Whether the photo storage takes a file now (probed at most every few seconds). */
  storageWritable: () => Promise<boolean>;
}

export interface RequestState {
  requestId: string;
  /** Set by the ApiKey scheme's middleware. */
  apiKey?: VerifiedKey;
  /** Set by the ShareAccessToken scheme's middleware. */
  share?: ShareGrant;
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
  /** A GET's ETag, known before its handler runs (conditional-get). */
  etag?: string;
  /** The request's If-None-Match matches `etag`: the answer is 304, not counted by the rate limit. */
  notModified?: boolean;
}

type Operation<O extends OperationId> = OperationTypes[O];
type ParametersOf<O extends OperationId> = Operation<O> extends { parameters: infer P } ? P : never;
type PathOf<O extends OperationId> = ParametersOf<O> extends { path: infer T } ? (T extends undefined ? never : T) : never;
type QueryOf<O extends OperationId> = ParametersOf<O> extends { query?: infer T } ? NonNullable<T> : never;
type BodyOf<O extends OperationId> = Operation<O> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : undefined;
/** Query parameters with a default in the spec: always present once validated. */
type DefaultedOf<O extends OperationId> = Extract<keyof OperationOf<O>['queryDefaults'], keyof QueryOf<O>>;
type SchemeOf<O extends OperationId> = OperationOf<O>['security'];

export interface HandlerInput<O extends OperationId> {
  params: PathOf<O>;
  /** Validated, coerced, with the spec's defaults applied. */
  query: QueryOf<O> & Required<Pick<QueryOf<O>, DefaultedOf<O>>>;
  body: BodyOf<O>;
  /** The key's account: present exactly on operations secured by ApiKey. */
  account: SchemeOf<O> extends 'ApiKey' ? Account : undefined;
  /** The shared gallery the request may see: present exactly on operations secured by ShareAccessToken. */
  share: SchemeOf<O> extends 'ShareAccessToken' ? ShareGrant : undefined;
  requestId: string;
  headers: Record<string, string | string[] | undefined>;
  /** Who sent the request (address as Koa sees it, honouring TRUST_PROXY) and with what browser. */
  visitor: Visitor;
  /**
   * If-None-Match matched: only handlers of operations that answer 304
   * themselves see true (a GET with a side effect, which must happen anyway).
   */
  notModified: boolean;
  /** The raw request, for bodies that are not JSON (multipart uploads are streamed, never buffered). */
  request: IncomingMessage;
  services: Services;
}

type ResponsesOf<O extends OperationId> = Operation<O>['responses'];
/** The documented headers of a response (without openapi-typescript's index signature). */
type DocumentedHeaders<R> = R extends { headers: infer H } ? { [K in keyof H as string extends K ? never : K]?: string } : never;
/** Files (binary or text) may be streamed or sent as bytes; their media type must be named. */
type Binary = string | Buffer | Readable;
type ResultFor<S, R> = R extends { content: infer C }
  ? {
      [T in keyof C]: T extends 'application/json'
        ? { status: S; body: C[T] | JsonText<C[T]>; contentType?: T; headers?: DocumentedHeaders<R> }
        : { status: S; body: Binary; contentType: T; headers?: DocumentedHeaders<R> };
    }[keyof C]
  : { status: S; body?: undefined; headers?: DocumentedHeaders<R> };

/** One documented response of the operation: its status, its body's type, its media type and headers. */
export type HandlerResult<O extends OperationId> = {
  [S in keyof ResponsesOf<O>]: ResultFor<S, ResponsesOf<O>[S]>;
}[keyof ResponsesOf<O>];

export type Handler<O extends OperationId> = (input: HandlerInput<O>) => Promise<HandlerResult<O>>;
export type HandlerTable = { [O in OperationId]: Handler<O> };
