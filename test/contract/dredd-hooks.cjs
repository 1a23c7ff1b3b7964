// Dredd hooks for `npm run contract` (CommonJS; async work uses the
// (transaction, done) form because Dredd does not await returned promises).
//
// Every transaction of openapi.yaml runs against the live server. Before each
// one, this file sets the credentials and substitutes real fixture ids, then
// provokes the documented status: bad UUID → 400, no key → 401, free plan →
// 403, unknown id → 404, rule broken → 409/422, oversized body → 413, wrong
// content type → 415, exhausted key → 429, database down → 500/503. After
// each one, the body is checked against the generated response validator
// (Dredd's own body check is structural only). A transaction is skipped only
// with a reason written below.
const fs = require('node:fs');
const { randomUUID } = require('node:crypto');
const hooks = require('hooks');

const context = JSON.parse(fs.readFileSync(process.env.PIKSEND_CONTRACT_CONTEXT, 'utf8'));
const { keys, fixtures } = context;
const broken = new URL(context.brokenApiUrl);
const EXAMPLE_GALLERY_ID = '550e8400-e29b-41d4-a716-446655440000';
const EXAMPLE_EVENT_ID = 'evt_1f0c9a7e5b3d4c2a8e6f0b1d3c5a7e9f';
const EXAMPLE_WEBHOOK_ID = '3f2b8c1e-9d4a-4e7b-8f6a-1c2d3e4f5a6b';
const EXAMPLE_DELIVERY_ID = '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d';

const { SKIPS } = require('./skips.cjs');

const skipped = [];
const checked = { bodies: 0 };

function operationOf(transaction) {
  const [path, summary] = transaction.name.split(' > ');
  return context.operations[`${path} > ${summary}`];
}

function skipReason(operation, status) {
  const rule = SKIPS.find((s) => s.operations.includes(operation.operationId) && (!s.statuses || s.statuses.includes(status)));
  return rule && rule.reason;
}

function setHeader(transaction, name, value) {
  for (const existing of Object.keys(transaction.request.headers)) {
    if (existing.toLowerCase() === name.toLowerCase()) delete transaction.request.headers[existing];
  }
  if (value !== undefined) transaction.request.headers[name] = value;
}

function replacePath(transaction, from, to) {
  transaction.fullPath = transaction.fullPath.split(from).join(to);
  transaction.request.uri = transaction.request.uri.split(from).join(to);
}

function setQuery(transaction, query) {
  const [path] = transaction.fullPath.split('?');
  const [uri] = transaction.request.uri.split('?');
  transaction.fullPath = `${path}?${query}`;
  transaction.request.uri = `${uri}?${query}`;
}

function setBody(transaction, body) {
  transaction.request.body = typeof body === 'string' ? body : JSON.stringify(body);
  setHeader(transaction, 'Content-Length', undefined);
}

const inAMonth = () => new Date(Date.now() + 30 * 86400_000).toISOString();

function exhaust(key, done) {
  // The limited account allows one request per window and the server's clock does not move.
  fetch(`${context.apiUrl}/me`, { headers: { Authorization: `Bearer ${key}` } })
    .then(() => done())
    .catch((err) => {
      hooks.log(`could not pre-consume the rate limit: ${err}`);
      done();
    });
}

hooks.beforeEach((transaction, done) => {
  const operation = operationOf(transaction);
  const status = Number(transaction.expected.statusCode);
  if (!operation) {
    transaction.fail = `no operation in the contract context for ${transaction.name}`;
    return done();
  }
  const reason = skipReason(operation, status);
  if (reason) {
    transaction.skip = true;
    skipped.push({ name: transaction.name, reason });
    return done();
  }

  if (operation.security === 'ApiKey') setHeader(transaction, 'Authorization', `Bearer ${keys.pro}`);
  replacePath(transaction, EXAMPLE_GALLERY_ID, operation.operationId === 'deleteGallery' && status === 204 ? fixtures.deletableGalleryIds[0] : fixtures.galleryId);
  replacePath(transaction, EXAMPLE_EVENT_ID, fixtures.eventId);
  replacePath(transaction, EXAMPLE_WEBHOOK_ID, operation.operationId === 'deleteWebhook' && status === 204 ? fixtures.deletableWebhookId : fixtures.webhookId);
  replacePath(transaction, EXAMPLE_DELIVERY_ID, fixtures.deliveryId);
  if (transaction.request.body && /expires_at/.test(transaction.request.body)) {
    // Examples carry dates that will one day be in the past; the API refuses those.
    const body = JSON.parse(transaction.request.body);
    if (body.expires_at) body.expires_at = inAMonth();
    setBody(transaction, body);
  }

  switch (status) {
    case 400:
      if (operation.pathParams.length) {
        replacePath(transaction, fixtures.galleryId, 'not-a-uuid');
        replacePath(transaction, fixtures.eventId, 'evt_nope');
        replacePath(transaction, fixtures.webhookId, 'not-a-uuid');
      } else if (transaction.request.body) {
        setBody(transaction, { name: 123 });
      } else {
        // per_page over 100 where there is a list; elsewhere a query parameter the operation does not have.
        setQuery(transaction, operation.hasQuery ? 'per_page=101' : 'verbose=1');
      }
      break;
    case 401:
      setHeader(transaction, 'Authorization', undefined);
      break;
    case 403:
      setHeader(transaction, 'Authorization', `Bearer ${keys.free}`);
      break;
    case 404:
      replacePath(transaction, fixtures.galleryId, randomUUID());
      replacePath(transaction, fixtures.eventId, `evt_${randomUUID().replace(/-/g, '')}`);
      replacePath(transaction, fixtures.webhookId, randomUUID());
      break;
    case 409:
      replacePath(transaction, fixtures.galleryId, fixtures.expiredGalleryId);
      setBody(transaction, { status: 'active' });
      break;
    case 413:
      setBody(transaction, { name: 'x', client: { name: 'y'.repeat(2 * 1024 * 1024) } });
      break;
    case 415:
      setHeader(transaction, 'Content-Type', 'text/plain');
      setBody(transaction, 'name=Smith Wedding');
      break;
    case 422:
      setBody(transaction, { name: 'Bounds', selection: { enabled: true, min: 10, max: 2 } });
      break;
    case 429:
      setHeader(transaction, 'Authorization', `Bearer ${keys.limited}`);
      return exhaust(keys.limited, done);
    case 500:
    case 503:
      transaction.host = broken.hostname;
      transaction.port = broken.port;
      break;
    default:
      break;
  }
  done();
});

hooks.afterEach((transaction, done) => {
  if (transaction.skip || !transaction.real) return done();
  const operation = operationOf(transaction);
  const validatorName = operation && operation.validators[transaction.expected.statusCode];
  if (!validatorName) return done();
  import(context.responseValidators)
    .then((validators) => {
      const validate = validators[validatorName];
      let body;
      try {
        body = JSON.parse(transaction.real.body);
      } catch {
        transaction.fail = `response body is not JSON: ${transaction.real.body.slice(0, 200)}`;
        return;
      }
      checked.bodies++;
      if (!validate(body)) {
        transaction.fail = `response violates openapi.yaml (${validatorName}): ${JSON.stringify(validate.errors)}`;
      }
    })
    .catch((err) => {
      transaction.fail = `could not load the response validators: ${err}`;
    })
    .finally(done);
});

hooks.afterAll((transactions, done) => {
  fs.writeFileSync(process.env.PIKSEND_CONTRACT_REPORT, JSON.stringify({ skipped, bodiesChecked: checked.bodies }, null, 2));
  done();
});
