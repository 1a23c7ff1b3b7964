// Names are stored in Unicode NFC and searched that way: a name typed with a
// decomposed accent (NFD, as macOS file names and some keyboards give it) and
// one typed composed are the same name, whichever form the search uses.
import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../support/server.js';

describeOnEachDatabase('Unicode names', (server) => {
  it('stores names composed (NFC) and finds either form with the other', async () => {
    const { key } = await server().newAccount();
    const composed = (await server().request('POST', '/galleries', { key, body: { name: 'Café Müller', client: { name: 'Zoë' } } })).body.data;
    const decomposed = (await server().request('POST', '/galleries', { key, body: { name: 'Cafe\u0301 de Flore' } })).body.data;
    expect(decomposed.name).toBe('Café de Flore');
    expect(decomposed.name).toBe('Café de Flore'.normalize('NFC'));
    const search = async (term: string) =>
      (await server().request('GET', `/galleries?search=${encodeURIComponent(term)}`, { key })).body.data.map((g: { id: string }) => g.id).sort();
    const both = [composed.id, decomposed.id].sort();
    expect(await search('café')).toEqual(both);
    expect(await search('cafe\u0301')).toEqual(both);
    expect(await search('CAFE\u0301')).toEqual(both);
    expect(await search('Mu\u0308ller')).toEqual([composed.id]);
    const renamed = (await server().request('PATCH', `/galleries/${composed.id}`, { key, body: { name: 'A\u030angstro\u0308m', client: { name: 'Zoe\u0308' } } })).body.data;
    expect(renamed).toMatchObject({ name: 'Ångström', client: { name: 'Zoë' } });
    expect(await search('ångström')).toEqual([composed.id]);
  });
});
