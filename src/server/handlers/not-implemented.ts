// Operations documented in openapi.yaml whose issue has not landed yet answer 501 in the envelope.
import { ApiError } from '../../errors/index.js';
import type { Handler } from '../context.js';
import type { OperationId } from '../../../generated/operations.js';

export function notImplemented<O extends OperationId>(operationId: O): Handler<O> {
  return async () => {
    throw new ApiError('not_implemented', `${operationId} is documented but not enabled on this server yet`, { operation: operationId });
  };
}
