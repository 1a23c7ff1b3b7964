// Lists send the gallery resource as the database shapes it (galleryJson);
// GET and events build it in JS (toGalleryResource). Both must give the same
// resource for every kind of row, on both databases.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/connect.js';
import type { GalleriesTable } from '../../src/db/schema.js';
import { galleryJson } from '../../src/galleries/gallery-json.js';
import { toGalleryResource } from '../../src/galleries/gallery-resource.js';
import { createTestDatabase } from '../support/databases.js';
import { DIALECTS, dialectAvailable } from '../support/dialects.js';

const BASE = 'https://piksend.com/g';

const row = (i: number, changes: Partial<GalleriesTable>): GalleriesTable => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  account_id: 'acc',
  name: 'Smith Wedding',
  name_search: 'smith wedding',
  client_name: null,
  client_email: null,
  event_date: null,
  status: 'active',
  share_token: `token${i}`,
  password_hash: null,
  download_enabled: 1,
  download_allow_zip: 0,
  selection_enabled: 0,
  selection_min: 0,
  selection_max: null,
  selection_state: 'open',
  selection_validated_at: null,
  cover_photo_id: null,
  photo_count: 0,
  views: 0,
  downloads: 0,
  favorites: 0,
  expires_at: null,
  created_at: '2026-06-21T10:00:00.000Z',
  updated_at: '2026-06-22T08:15:00.000Z',
  ...changes,
});

const ROWS = [
  row(1, {}),
  row(2, {
    name: 'Quote " back\\slash\nnew line \u2028 émoji 🙂 <script>',
    client_name: 'Jane "J" Smith',
    client_email: 'jane@example.com',
    event_date: '2026-06-20',
    status: 'archived',
    password_hash: 'scrypt$x',
    download_enabled: 0,
    download_allow_zip: 1,
    selection_enabled: 1,
    selection_min: 20,
    selection_max: 50,
    selection_state: 'validated',
    selection_validated_at: '2026-07-01T12:00:00.000Z',
    cover_photo_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    photo_count: 248,
    views: 31,
    downloads: 4,
    favorites: 27,
    expires_at: '2099-12-31T23:59:59.000Z',
  }),
  row(3, { status: 'expired', views: 2_000_000_000, selection_max: 0 }),
];

for (const dialect of DIALECTS) {
  describe.skipIf(!dialectAvailable(dialect))(`gallery JSON shaped in SQL [${dialect}]`, () => {
    let database: Database;
    let drop: () => Promise<void>;
    beforeAll(async () => {
      const created = await createTestDatabase(dialect);
      drop = created.drop;
      database = openDatabase(created.url);
      await database.migrate();
      await database.db.insertInto('accounts').values({ id: 'acc', email: 'a@example.com', plan: 'pro', rate_limit: null, event_sequence: 0, gallery_count: 0, created_at: '2026-01-01T00:00:00.000Z' }).execute();
      for (const r of ROWS) await database.db.insertInto('galleries').values(r).execute();
    });
    afterAll(async () => {
      await database?.close();
      await drop?.();
    });

    it('is toGalleryResource of the same row, for every kind of row', async () => {
      const { rows } = await sql<{ id: string; json: string }>`select id, ${galleryJson(dialect, `${BASE}/`)} as json from galleries order by id`.execute(database.db);
      expect(rows).toHaveLength(ROWS.length);
      for (const [i, { json }] of rows.entries()) {
        const parsed = JSON.parse(json);
        expect(parsed).toEqual(toGalleryResource(ROWS[i]!, BASE));
        // Same keys in the same order as the JS resource (what integrators see in GET and in lists alike).
        expect(Object.keys(parsed)).toEqual(Object.keys(toGalleryResource(ROWS[i]!, BASE)));
      }
    });
  });
}
