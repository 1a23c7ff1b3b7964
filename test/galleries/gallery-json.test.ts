// Lists send the gallery resource as the database shapes it (galleryJson);
// GET and events build it in JS (toGalleryResource). Both must give the same
// resource for every kind of row, on both databases.
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import type { GalleriesTable } from '../../src/db/schema.js';
import { galleryJson } from '../../src/galleries/gallery-json.js';
import { toGalleryResource } from '../../src/galleries/gallery-resource.js';
import { describeOnEachScratchDatabase } from '../support/dialects.js';
import { accountRow, galleryRow } from '../support/rows.js';

const BASE = 'https://piksend.com/g';

const row = (i: number, changes: Partial<GalleriesTable>): GalleriesTable =>
  galleryRow(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, 'acc', { download_allow_zip: 0, created_at: '2026-06-21T10:00:00.000Z', ...changes });

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

describeOnEachScratchDatabase('gallery JSON shaped in SQL', (database, dialect) => {
  beforeAll(async () => {
    await database().db.insertInto('accounts').values(accountRow('acc')).execute();
    for (const r of ROWS) await database().db.insertInto('galleries').values(r).execute();
  });

  it('is toGalleryResource of the same row, for every kind of row', async () => {
    const { rows } = await sql<{ id: string; json: string }>`select id, ${galleryJson(dialect, `${BASE}/`)} as json from galleries order by id`.execute(database().db);
    expect(rows).toHaveLength(ROWS.length);
    for (const [i, { json }] of rows.entries()) {
      const parsed = JSON.parse(json);
      expect(parsed).toEqual(toGalleryResource(ROWS[i]!, BASE));
      // Same keys in the same order as the JS resource (what integrators see in GET and in lists alike).
      expect(Object.keys(parsed)).toEqual(Object.keys(toGalleryResource(ROWS[i]!, BASE)));
    }
  });
});
