// fast-check arbitraries derived from the request JSON Schemas the generator
// compiles (src/codegen): values a schema accepts, and mutations it must refuse.
import fc from 'fast-check';
import type { JsonObject } from '../../src/codegen/spec.js';

export type Definitions = Record<string, JsonObject>;

const DAY = 86_400_000;

/** The same instant written in local time at `offsetMinutes` from UTC (RFC 3339). */
function withOffset(date: Date, offsetMinutes: number): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().replace(/\.\d{3}Z$/, '');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Values at the edges of the formats the API accepts: each must be refused or taken exactly, never a 5xx. */
export const formatEdge = fc.constantFrom(
  '2030-06-30T23:59:60Z',
  '9999-12-31T23:59:59-23:59',
  '9999-12-31T23:59:59Z',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00+00:01',
  '+010000-01-01T00:00:00Z',
  '2030-02-30T00:00:00Z',
  '2030-06-30T10:00:00',
  '2030-06-30t10:00:00z',
  '2030-06-30T10:00:00.1234567891Z',
  '2030-06-30T10:00:00+24:00',
  '2030-06-30T10:00:00+23:59',
  '2030-13-01T00:00:00Z',
  '550E8400-E29B-41D4-A716-446655440000',
  '550e8400e29b41d4a716446655440000',
  '{550e8400-e29b-41d4-a716-446655440000}',
  '0x10',
  '0b11',
  '0o7',
  ' 1',
  '1 ',
  '+1',
  '1.0',
  '١٢',
  '\udfff',
  'a\ud800b',
  '\ud83d',
  'jane@localhost',
  'jane@example..com',
);

/**
 * Webhook targets in the address forms an SSRF check must see through (IPv6 embeddings, trailing dots, odd
 * IPv4 notations). The fuzzed server runs no delivery worker (test/contract/environment.ts), so none of them
 * is ever connected to; private and metadata ranges are covered by test/webhooks/url-safety.test.ts instead.
 */
export const hostileUrl = fc
  .tuple(
    fc.constantFrom('https', 'http'),
    fc.constantFrom(
      '[::127.0.0.1]', '[::ffff:0:127.0.0.1]', '[::ffff:127.0.0.1]', '[2002:7f00:1::]', '[2001::1]', '[64:ff9b::7f00:1]', '[64:ff9b:1::a00:1]',
      '[::]', 'localhost.', 'LOCALHOST', 'x.localhost.', '0x7f.1', '2130706433', '017700000001', '127.1', '0.0.0.0',
    ),
    fc.constantFrom('', ':443', ':8080', ':0'),
    fc.constantFrom('/hook', '/', '/a?b=c'),
  )
  .map(([scheme, host, port, path]) => `${scheme}://${host}${port}${path}`);

function stringArbitrary(schema: JsonObject): fc.Arbitrary<string> {
  const min = (schema.minLength as number | undefined) ?? 0;
  const max = Math.min((schema.maxLength as number | undefined) ?? 40, 40);
  switch (schema.format) {
    case 'uuid':
      // UUIDs are case-insensitive: both cases are valid input.
      return fc.oneof(fc.uuid(), fc.uuid().map((u) => u.toUpperCase()));
    case 'date-time':
      // The API refuses past expiry dates; keep valid values in the future, in UTC or with an offset.
      return fc
        .tuple(fc.date({ min: new Date(Date.now() + 2 * DAY), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }), fc.boolean())
        .map(([d, offsetMinutes, utc]) => (utc ? d.toISOString() : withOffset(d, offsetMinutes)));
    case 'date':
      return fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'email':
      return fc.emailAddress().filter((e) => e.length <= max || max < 6);
    case 'uri':
      // Web URLs, and hosts in every address form that may hide this machine or a private network.
      return fc.oneof({ weight: 3, arbitrary: fc.webUrl() }, { weight: 1, arbitrary: hostileUrl });
    default:
      if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
      return fc.string({ minLength: Math.max(min, 0), maxLength: Math.max(max, min), unit: 'grapheme' });
  }
}

export function valueFor(schema: unknown, definitions: Definitions): fc.Arbitrary<unknown> {
  const s = (schema ?? {}) as JsonObject;
  if (typeof s.$ref === 'string') return valueFor(definitions[s.$ref.split('/').pop()!], definitions);
  let base: fc.Arbitrary<unknown>;
  if (Array.isArray(s.enum)) base = fc.constantFrom(...(s.enum as unknown[]));
  else if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf)) base = fc.oneof(...((s.oneOf ?? s.anyOf) as unknown[]).map((x) => valueFor(x, definitions)));
  else
    switch (s.type) {
      case 'string':
        base = stringArbitrary(s);
        break;
      case 'integer':
        base = fc.integer({ min: (s.minimum as number | undefined) ?? -1_000_000, max: (s.maximum as number | undefined) ?? 1_000_000 });
        break;
      case 'number':
        base = fc.double({ noNaN: true, noDefaultInfinity: true, min: (s.minimum as number | undefined) ?? -1e9, max: (s.maximum as number | undefined) ?? 1e9 });
        break;
      case 'boolean':
        base = fc.boolean();
        break;
      case 'array': {
        const items = valueFor(s.items, definitions);
        const constraints = { minLength: (s.minItems as number | undefined) ?? 0, maxLength: Math.min((s.maxItems as number | undefined) ?? 5, 5) };
        base = s.uniqueItems ? fc.uniqueArray(items, { ...constraints, selector: (v) => JSON.stringify(v) }) : fc.array(items, constraints);
        break;
      }
      case 'object':
      default: {
        const properties = (s.properties ?? {}) as Record<string, unknown>;
        const record = fc.record(
          Object.fromEntries(Object.entries(properties).map(([name, p]) => [name, valueFor(p, definitions)])),
          { requiredKeys: (s.required as string[] | undefined) ?? [] },
        );
        base = s.minProperties ? record.filter((o) => Object.keys(o).length >= (s.minProperties as number)) : record;
      }
    }
  return s.nullable ? fc.option(base, { nil: null, freq: 5 }) : base;
}

/** Any JSON value at all, including deep and odd ones. */
export const anyJson = fc.jsonValue({ maxDepth: 3 });

/** Strings that break naive code: quotes, wildcards, NUL, control and astral characters, encodings. */
export const hostileString = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  // Repetition: a search term whose trigrams are all alike ("99999…") once broke the trigram lookup.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', '9', 'ab', 'xyz', ' ', '%_'), fc.integer({ min: 2, max: 30 })).map(([unit, n]) => unit.repeat(n)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map((s) => `${s}\u0000${s}`) },
  { weight: 2, arbitrary: formatEdge },
  // Unicode normalisation: the same word composed and decomposed (NFC "Café", NFD "Cafe\u0301"), and compatibility forms.
  { weight: 1, arbitrary: fc.constantFrom('Café', 'Cafe\u0301', 'CAFE\u0301', 'ﬁancé', 'Ångström', 'A\u030angstro\u0308m', '\u1100\u1161', '가') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
    "'; drop table galleries; --",
    '%',
    '_',
    '\\',
    '\u0000',
    'a\u0000b',
    '../../etc/passwd',
    '%00',
    '%ZZ',
    '🦄'.repeat(10),
    '\ud800',
    ' ',
    'null',
    '-1',
    '1e309',
    '99999999999999999999',
    'NaN',
    '[]',
    '{}',
    'x'.repeat(5000),
    ),
  },
);
