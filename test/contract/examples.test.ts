// Every request example of the spec (parameters and bodies), replayed against
// the live server: an example that the server would refuse — a date that has
// passed, a rule added later — fails here, not in an integrator's first try.
import { expect, it } from 'vitest';
import { loadSpec, operationsOf, resolve } from '../../src/codegen/spec.js';
import { SPEC_PATH } from '../support/paths.js';
import { describeOnEachDatabase } from '../support/server.js';
import { exampleFixtures, inReplayOrder } from '../support/spec-examples.js';

const spec = await loadSpec(SPEC_PATH);

describeOnEachDatabase('the request examples of openapi.yaml', (server) => {
  it('each operation, called with its examples, succeeds on the live server', async () => {
    const fixtures = await exampleFixtures(server());
    const results: string[] = [];
    for (const { path, method, operation, parameters } of inReplayOrder(operationsOf(spec))) {
      const id = operation.operationId;
      const body = operation.requestBody && resolve<{ content: Record<string, { example?: unknown }> }>(spec, operation.requestBody).content['application/json']?.example;
      if (id === 'uploadPhotos') continue; // no example: a file (covered by the photo suites)
      let url = path;
      for (const p of parameters.filter((x) => x.in === 'path')) url = url.replace(`{${p.name}}`, String((p as { example?: unknown }).example));
      const query = parameters.filter((p) => p.in === 'query' && (p as { example?: unknown }).example !== undefined).map((p) => `${p.name}=${encodeURIComponent(String((p as { example?: unknown }).example))}`);
      url = fixtures.withFixtureIds(id, path, url);
      const res = await server().request(method.toUpperCase(), `${url}${query.length ? `?${query.join('&')}` : ''}`, {
        key: operation.security?.length === 0 || path.startsWith('/share') ? undefined : fixtures.key,
        body,
      });
      if (res.status >= 300) results.push(`${id}: ${res.status} ${res.text.slice(0, 200)}`);
    }
    expect(results).toEqual([]);
  });
});
