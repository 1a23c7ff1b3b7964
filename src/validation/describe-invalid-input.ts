// Turns the first Ajv error of a generated validator into what the error
// envelope says: which field, and what is wrong with it, in plain words.
import type { ErrorObject } from 'ajv';
import type { OperationDefinition } from '../../generated/operations.js';

import type { RequestPart } from '../codegen/operation-table.js';

export type { RequestPart };

export interface InvalidInput {
  message: string;
  details: { field: string; issue: string };
}

const PART_NAMES: Record<RequestPart, string> = {
  params: 'path parameter',
  query: 'query parameter',
  headers: 'header',
  body: 'request body field',
};

const FORMAT_ISSUES: Record<string, string> = {
  uuid: 'Must be a valid UUID',
  'date-time': 'Must be an RFC 3339 date-time with a timezone and seconds 00-59, e.g. 2030-06-20T10:00:00Z',
  date: 'Must be a date as YYYY-MM-DD',
  email: 'Must be a valid email address with a domain, e.g. jane@example.com',
  uri: 'Must be an absolute URL',
};

const TYPE_NAMES: Record<string, string> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/** `/client/email` → `client.email`, `/events/0` → `events[0]`. */
export function fieldPath(instancePath: string, property?: string): string {
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (property !== undefined) parts.push(property);
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

function issueOf(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'Is required';
    case 'additionalProperties':
      return 'Is not a known field';
    case 'format':
      return FORMAT_ISSUES[p.format as string] ?? `Must be a valid ${p.format}`;
    case 'type': {
      const types = String(p.type).split(',');
      return `Must be ${types.map((t) => TYPE_NAMES[t] ?? t).join(' or ')}`;
    }
    case 'enum':
      return `Must be one of: ${(p.allowedValues as unknown[]).map((v) => (v === null ? 'null' : String(v))).join(', ')}`;
    case 'minimum':
      return `Must be at least ${p.limit}`;
    case 'maximum':
      return `Must be at most ${p.limit}`;
    case 'minLength':
      return p.limit === 1 ? 'Must not be empty' : `Must be at least ${p.limit} characters long`;
    case 'maxLength':
      return `Must be at most ${p.limit} characters long`;
    case 'minItems':
      return `Must contain at least ${p.limit} item${p.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `Must contain at most ${p.limit} items`;
    case 'uniqueItems':
      return 'Must not contain duplicates';
    case 'minProperties':
      return `Must contain at least ${p.limit} field${p.limit === 1 ? '' : 's'}`;
    case 'pattern': {
      const pattern = String(p.pattern);
      if (pattern.includes('T[0-9]{2}:[0-9]{2}:[0-5][0-9]')) return FORMAT_ISSUES['date-time']!;
      if (pattern.includes('@[A-Za-z0-9]')) return FORMAT_ISSUES.email!;
      return 'Has an invalid format';
    }
    default:
      return error.message ? error.message.charAt(0).toUpperCase() + error.message.slice(1) : 'Is invalid';
  }
}

export function describeInvalidInput(
  operation: Pick<OperationDefinition, 'parameters'>,
  part: RequestPart,
  error: ErrorObject,
): InvalidInput {
  const property =
    error.keyword === 'required'
      ? (error.params as { missingProperty: string }).missingProperty
      : error.keyword === 'additionalProperties'
        ? (error.params as { additionalProperty: string }).additionalProperty
        : undefined;
  const field = fieldPath(error.instancePath, property) || (part === 'body' ? 'body' : part);
  let issue = issueOf(error);
  if (part === 'query' && error.keyword === 'additionalProperties') issue = 'Is not a known query parameter';
  if (part === 'body' && field === 'body' && error.keyword === 'type') issue = `The body ${issue.toLowerCase()}`;

  const top = field.split(/[.[]/)[0];
  const parameter = operation.parameters.find((p) => p.name === top && (part === 'params' ? p.in === 'path' : p.in === part));
  const message = parameter?.invalidMessage ?? `Invalid ${PART_NAMES[part]} '${field}'`;
  return { message, details: { field, issue } };
}

/**
 * Input that passes the schemas but no database can store: strings with U+0000
 * (PostgreSQL text cannot hold NUL) or an unpaired surrogate (no UTF-8 form), and non-finite numbers (`1e309` parses to
 * Infinity, which Ajv's integer and range checks let through). Returns the
 * first such field and why, or null.
 */
export function unstorableField(value: unknown, path = ''): { field: string; issue: string } | null {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return { field: path, issue: 'Must not contain the NUL character (U+0000)' };
    // A lone surrogate cannot be stored as UTF-8: it would come back as another character.
    return value.isWellFormed() ? null : { field: path, issue: 'Must not contain an unpaired UTF-16 surrogate' };
  }
  if (typeof value === 'number') return Number.isFinite(value) ? null : { field: path, issue: 'Must be a finite number' };
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = unstorableField(item, `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (key.includes('\u0000')) return { field: at, issue: 'Must not contain the NUL character (U+0000)' };
      if (!key.isWellFormed()) return { field: at, issue: 'Must not contain an unpaired UTF-16 surrogate' };
      const found = unstorableField(item, at);
      if (found) return found;
    }
  }
  return null;
}

/** The envelope for input no database can store, or null when there is none. */
export function describeUnstorableInput(part: RequestPart, data: unknown): InvalidInput | null {
  const found = unstorableField(data);
  if (!found) return null;
  const field = found.field || part;
  return { message: `Invalid ${PART_NAMES[part]} '${field}'`, details: { field, issue: found.issue } };
}
