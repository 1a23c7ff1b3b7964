// 0008: gallery names in Unicode NFC, so a search finds a name whatever form either was typed in. Released: never edit; add a migration.
import type { Kysely, Migration } from 'kysely';

// The rule as it was when this migration was written (galleries.ts `searchable`), frozen here.
const searchable = (text: string) => text.normalize('NFC').toLowerCase().normalize('NFC');

export const galleryNamesNfc: Migration = {
  async up(db: Kysely<any>) {
    const rows = (await db.selectFrom('galleries').select(['id', 'name', 'name_search', 'client_name']).execute()) as {
      id: string;
      name: string;
      name_search: string;
      client_name: string | null;
    }[];
    for (const row of rows) {
      const name = row.name.normalize('NFC');
      const clientName = row.client_name?.normalize('NFC') ?? null;
      if (name === row.name && searchable(row.name) === row.name_search && clientName === row.client_name) continue;
      await db.updateTable('galleries').set({ name, name_search: searchable(row.name), client_name: clientName }).where('id', '=', row.id).execute();
    }
  },
};
