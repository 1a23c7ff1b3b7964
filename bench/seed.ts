// Benchmark data: 100 accounts × 1,000 galleries and one account with 100,000,
// written in batched multi-row inserts inside transactions (SQLite or PostgreSQL).
//   DATABASE_URL=… npm run bench:seed [-- --accounts 100 --galleries 1000 --big 100000]
import { randomBytes, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { createAccount } from '../src/accounts/accounts.js';
import { createApiKey } from '../src/accounts/api-keys.js';
import { systemClock } from '../src/clock.js';
import { openDatabase } from '../src/db/connect.js';
import type { GalleriesTable, Tables } from '../src/db/schema.js';

const SURNAMES = ['Smith', 'Garcia', 'Martin', 'Dubois', 'Rossi', 'Müller', 'Nguyen', 'Kowalski', "O'Brien", 'Silva', 'Jensen', 'Tanaka', 'Okafor', 'Novak', 'Costa', 'Larsen', 'Moreau', 'Haddad', 'Ivanova', 'Schmidt'];
const EVENTS = ['Wedding', 'Engagement', 'Family session', 'Newborn', 'Corporate headshots', 'Birthday', 'Graduation', 'Maternity', 'Christening', 'Anniversary'];
const BATCH = 500;

export interface SeedSize {
  accounts: number;
  galleriesPerAccount: number;
  bigAccountGalleries: number;
}

export const FULL_SIZE: SeedSize = { accounts: 100, galleriesPerAccount: 1000, bigAccountGalleries: 100_000 };

export interface Seeded {
  /** A key of an account with `galleriesPerAccount` galleries, the account's id and one of its gallery ids. */
  smallKey: string;
  smallAccountId: string;
  smallGalleryId: string;
  /** A key of the account with `bigAccountGalleries` galleries. */
  bigKey: string;
  galleries: number;
  seconds: number;
}

function galleryRow(accountId: string, index: number, createdAt: number): GalleriesTable {
  const name = `${SURNAMES[index % SURNAMES.length]} ${EVENTS[Math.floor(index / SURNAMES.length) % EVENTS.length]} ${2020 + (index % 7)} #${index}`;
  const time = new Date(createdAt).toISOString();
  return {
    id: randomUUID(),
    account_id: accountId,
    name,
    name_search: name.toLowerCase(),
    client_name: `${SURNAMES[(index * 7) % SURNAMES.length]} family`,
    client_email: `client${index}@example.com`,
    event_date: null,
    status: index % 10 === 0 ? 'archived' : 'active',
    share_token: randomBytes(12).toString('base64url'),
    password_hash: null,
    download_enabled: 1,
    download_allow_zip: 1,
    selection_enabled: index % 2 === 0 ? 1 : 0,
    selection_min: 0,
    selection_max: null,
    selection_state: 'open',
    selection_validated_at: null,
    cover_photo_id: null,
    photo_count: index % 400,
    views: index % 97,
    downloads: index % 13,
    favorites: index % 31,
    expires_at: null,
    created_at: time,
    updated_at: time,
  };
}

async function insertGalleries(db: Kysely<Tables>, accountId: string, count: number): Promise<string> {
  const start = Date.now() - count * 60_000;
  let firstId = '';
  await db.transaction().execute(async (trx) => {
    for (let offset = 0; offset < count; offset += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, count - offset) }, (_, i) => galleryRow(accountId, offset + i, start + (offset + i) * 60_000));
      firstId ||= rows[0]!.id;
      await trx.insertInto('galleries').values(rows).execute();
    }
  });
  return firstId;
}

export async function seedBenchData(db: Kysely<Tables>, size: SeedSize): Promise<Seeded> {
  const started = performance.now();
  let small: { key: string; accountId: string; galleryId: string } | null = null;
  for (let a = 0; a < size.accounts; a++) {
    const account = await createAccount({ db, clock: systemClock }, { email: `bench${a}@example.com`, plan: 'pro' });
    const galleryId = await insertGalleries(db, account.id, size.galleriesPerAccount);
    if (!small) small = { key: (await createApiKey({ db, clock: systemClock }, account, 'bench')).key, accountId: account.id, galleryId };
  }
  const big = await createAccount({ db, clock: systemClock }, { email: 'bench-big@example.com', plan: 'pro' });
  await insertGalleries(db, big.id, size.bigAccountGalleries);
  const bigKey = (await createApiKey({ db, clock: systemClock }, big, 'bench')).key;
  return {
    smallKey: small!.key,
    smallAccountId: small!.accountId,
    smallGalleryId: small!.galleryId,
    bigKey,
    galleries: size.accounts * size.galleriesPerAccount + size.bigAccountGalleries,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}

// As a command.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { accounts: { type: 'string' }, galleries: { type: 'string' }, big: { type: 'string' } } });
  const url = process.env.DATABASE_URL ?? 'sqlite:./data/bench.sqlite';
  const database = openDatabase(url);
  await database.migrate();
  const seeded = await seedBenchData(database.db, {
    accounts: Number(values.accounts ?? FULL_SIZE.accounts),
    galleriesPerAccount: Number(values.galleries ?? FULL_SIZE.galleriesPerAccount),
    bigAccountGalleries: Number(values.big ?? FULL_SIZE.bigAccountGalleries),
  });
  await database.close();
  console.log(`seeded ${seeded.galleries} galleries into ${url.split('@').pop()} in ${seeded.seconds}s`);
  console.log(`key of an account with ${values.galleries ?? FULL_SIZE.galleriesPerAccount} galleries: ${seeded.smallKey}`);
  console.log(`key of the account with ${values.big ?? FULL_SIZE.bigAccountGalleries} galleries: ${seeded.bigKey}`);
}
