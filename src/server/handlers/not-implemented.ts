// Operations documented in openapi.yaml whose issue has not landed yet answer
// 501 in the envelope, before any authentication: there is nothing to guard.
import { ApiError } from '../../errors/index.js';
import type { Handler } from '../context.js';
import type { OperationId } from '../../../generated/operations.js';

const NOT_IMPLEMENTED = Symbol('not implemented');

export function notImplemented<O extends OperationId>(operationId: O): Handler<O> {
  const handler: Handler<O> = async () => {
    throw new ApiError('not_implemented', `${operationId} is documented but not enabled on this server yet`, { operation: operationId });
  };
  return Object.assign(handler, { [NOT_IMPLEMENTED]: true });
}

export const isNotImplemented = (handler: unknown): boolean =>
  typeof handler === 'function' && (handler as unknown as Record<symbol, unknown>)[NOT_IMPLEMENTED] === true;
