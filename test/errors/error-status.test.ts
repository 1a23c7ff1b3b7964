// Error code → HTTP status comes from the spec (x-http-status on ErrorCode):
// complete, and the same status wherever the spec shows that code in an example.
import { describe, expect, it } from 'vitest';
import { errorCodeValues } from '../../generated/openapi.js';
import { errorStatus } from '../../generated/operations.js';
import { errorStatuses } from '../../src/codegen/generate.js';
import { loadSpec, operationsOf, resolve, type JsonObject } from '../../src/codegen/spec.js';
import { ApiError } from '../../src/errors/index.js';
import { SPEC_PATH } from '../support/paths.js';

const spec = await loadSpec(SPEC_PATH);

describe('error code → status', () => {
  it('gives every ErrorCode of the spec a status, and ApiError uses it', () => {
    expect(Object.keys(errorStatus).sort()).toEqual([...errorCodeValues].sort());
    for (const code of errorCodeValues) expect(new ApiError(code, 'x').status).toBe(errorStatus[code]);
  });

  it('agrees with every documented error example: a code always comes with its status', () => {
    let checked = 0;
    for (const { operation } of operationsOf(spec)) {
      for (const [status, raw] of Object.entries(operation.responses)) {
        const response = resolve<{ content?: Record<string, { example?: { error?: { code?: string } } }> }>(spec, raw);
        const code = response.content?.['application/json']?.example?.error?.code;
        if (!code) continue;
        checked++;
        expect(errorStatus[code as keyof typeof errorStatus], `${operation.operationId} ${status} shows ${code}`).toBe(Number(status));
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('the generator refuses a spec where a code has no status', async () => {
    const broken = await loadSpec(SPEC_PATH);
    delete (broken.components.schemas.ErrorCode!['x-http-status'] as JsonObject).conflict;
    expect(() => errorStatuses(broken)).toThrow(/missing conflict/);
  });
});
