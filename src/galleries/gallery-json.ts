// The gallery resource shaped by the database (json_object on SQLite,
// json_build_object on PostgreSQL), for lists: one text per row instead of 25
// columns read into an object and stringified again. The shape below is
// toGalleryResource's, key for key; test/galleries/gallery-json.test.ts holds
// the two to the same answer on both databases.
import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from '../db/dialect.js';

type Value = RawBuilder<unknown>;
/** A condition shown as a JSON boolean. */
interface Flag {
  flag: Value;
}
type Entry = readonly [key: string, value: Value | Flag | readonly Entry[]];

const flag = (condition: Value): Flag => ({ flag: condition });

function galleryShape(table: string, shareUrlPrefix: string): readonly Entry[] {
  const column = (name: string): Value => sql.ref(`${table}.${name}`);
  return [
    ['id', column('id')],
    ['livemode', flag(sql`${column('livemode')} <> 0`)],
    ['name', column('name')],
    ['client', [['name', column('client_name')], ['email', column('client_email')]]],
    ['event_date', column('event_date')],
    ['status', column('status')],
    ['photo_count', column('photo_count')],
    ['cover_photo_id', column('cover_photo_id')],
    ['share_url', sql`(cast(${shareUrlPrefix} as text) || ${column('share_token')})`],
    ['password_protected', flag(sql`${column('password_hash')} is not null`)],
    ['download_settings', [['enabled', flag(sql`${column('download_enabled')} = 1`)], ['allow_zip', flag(sql`${column('download_allow_zip')} = 1`)]]],
    [
      'selection',
      [
        ['enabled', flag(sql`${column('selection_enabled')} = 1`)],
        ['min', column('selection_min')],
        ['max', column('selection_max')],
        ['state', column('selection_state')],
        ['validated_at', column('selection_validated_at')],
      ],
    ],
    ['counters', [['views', column('views')], ['downloads', column('downloads')], ['favorites', column('favorites')]]],
    ['expires_at', column('expires_at')],
    ['created_at', column('created_at')],
    ['updated_at', column('updated_at')],
  ];
}

const isNested = (value: Entry[1]): value is readonly Entry[] => Array.isArray(value);
const isFlag = (value: Entry[1]): value is Flag => 'flag' in value;

function objectSql(dialect: Dialect, entries: readonly Entry[]): Value {
  const parts = entries.map(([key, value]) => {
    // SQLite has no boolean: json('true') is one. PostgreSQL's booleans are JSON's.
    const json = isNested(value)
      ? objectSql(dialect, value)
      : isFlag(value)
        ? dialect === 'postgres'
          ? value.flag
          : sql`json(iif(${value.flag}, 'true', 'false'))`
        : value;
    return sql`${sql.lit(key)}, ${json}`;
  });
  return dialect === 'postgres' ? sql`json_build_object(${sql.join(parts)})` : sql`json_object(${sql.join(parts)})`;
}

/** A row of `galleries` (as `table`) as the text of its API resource. `shareUrlPrefix` is SHARE_BASE_URL + '/'. */
export function galleryJson(dialect: Dialect, shareUrlPrefix: string, table = 'galleries'): RawBuilder<string> {
  const object = objectSql(dialect, galleryShape(table, shareUrlPrefix));
  return (dialect === 'postgres' ? sql`(${object})::text` : object) as RawBuilder<string>;
}
