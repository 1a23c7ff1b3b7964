// The public documentation's own examples, run against our server.
import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../support/server.js';

describeOnEachDatabase('seed examples', (server) => {
  it('the axios snippet: list galleries with page/per_page/status and print pagination.total', async () => {
    const { key } = await server().newAccount();
    for (const name of ['One', 'Two', 'Three']) await server().request('POST', '/galleries', { key, body: { name } });
    const client = server().client(key);
    const { data, error } = await client.GET('/galleries', { params: { query: { page: 1, per_page: 20, status: 'active' } } });
    expect(error).toBeUndefined();
    expect(`Found ${data!.pagination.total} galleries`).toBe('Found 3 galleries');
  });

  it("the Python client's list_galleries(page=1, per_page=20) logic", async () => {
    const { key } = await server().newAccount();
    await server().request('POST', '/galleries', { key, body: { name: 'Only' } });
    const client = server().client(key);
    const listGalleries = async (page = 1, perPage = 20) => {
      const { data, error, response } = await client.GET('/galleries', { params: { query: { page, per_page: perPage } } });
      if (error) throw new Error(`HTTP ${response.status}`); // raise_for_status()
      return data!;
    };
    expect(`Found ${(await listGalleries()).pagination.total} galleries`).toBe('Found 1 galleries');
  });

  it('the curl examples: list, get by id, create webhook body shape', async () => {
    const { key } = await server().newAccount();
    const created = await server().request('POST', '/galleries', { key, body: { name: 'Curl' } });
    const list = await server().request('GET', '/galleries?page=1&per_page=20', { key });
    expect(list.status).toBe(200);
    expect(list.headers.get('content-type')).toBe('application/json');
    expect(list.body.data[0].id).toBe(created.body.data.id);
    const one = await server().request('GET', `/galleries/${created.body.data.id}`, { key });
    expect(one.body.data.name).toBe('Curl');
  });

  it('the typed client surfaces the error envelope', async () => {
    const { key } = await server().newAccount();
    const { error, response } = await server().client(key).GET('/galleries/{id}', { params: { path: { id: 'nope' } } });
    expect(response.status).toBe(400);
    expect(error!.error.message).toBe('Invalid gallery ID format');
  });
});
