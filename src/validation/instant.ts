// The API's one date-time rule, beyond what the spec's pattern checks: the
// instant, in UTC, falls in the years 0001–9999, so it can be stored and
// answered as `YYYY-MM-DDTHH:MM:SS.sssZ` (a later offset could push
// `9999-12-31T23:59:59-23:59` into year 10000).
import { invalidField } from '../errors/index.js';

export const INSTANT_RANGE_ISSUE = 'Must be a date-time whose UTC instant falls in the years 0001 to 9999';

/** The instant of a validated date-time string, or a 400 naming `field`. */
export function parseInstant(field: string, value: string, message?: string): Date {
  const instant = new Date(value);
  const iso = Number.isNaN(instant.getTime()) ? '' : instant.toISOString();
  if (!/^[0-9]{4}-/.test(iso) || iso.startsWith('0000')) {
    throw message ? invalidField(field, INSTANT_RANGE_ISSUE, message) : invalidField(field, INSTANT_RANGE_ISSUE);
  }
  return instant;
}
