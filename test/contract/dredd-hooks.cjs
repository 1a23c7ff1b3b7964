// Dredd hooks for `npm run contract` (CommonJS; async work uses the
// (transaction, done) form because Dredd does not await returned promises).
//
// Every transaction of openapi.yaml runs against the live server. Before each
// one, this file sets the credentials and substitutes real fixture ids, then
// provokes the documented status: bad UUID → 400, no key → 401, free plan →
// 403, unknown id → 404, rule broken → 409/422, oversized body → 413, wrong
// content type → 415, exhausted key → 429, database down → 500/503, the
// URL's current ETag in If-None-Match → 304. After
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
const EXAMPLE_PHOTO_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const EXAMPLE_TOKEN = 'Zk3xQ9mP2vR7tL8w';
const UNKNOWN_TOKEN = 'AAAAAAAAAAAAAAAAAAAAAAAA';
const share = fixtures.share;

const { SKIPS } = require('./skips.cjs');

const skipped = [];
const checked = { bodies: 0 };

function operationOf(transaction) {
  const [path, summary] = transaction.name.split(' > ');
  // Query parameters declared on the path item show in Dredd's names as a URI template ("{?access_token}").
  return context.operations[`${path.replace(/\{\?[^}]*\}/g, '')} > ${summary}`];
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

/** A multipart/form-data body of files (sent as bytes: Dredd takes base64 for that). */
function setMultipart(transaction, files, field = 'files') {
  const boundary = `piksend-contract-${randomUUID()}`;
  const parts = files.map((f) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`),
      f.bytes,
      Buffer.from('\r\n'),
    ]),
  );
  const body = Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
  transaction.request.body = body.toString('base64');
  transaction.request.bodyEncoding = 'base64';
  setHeader(transaction, 'Content-Length', undefined);
  setHeader(transaction, 'Content-Type', `multipart/form-data; boundary=${boundary}`);
}
const uploadJpeg = Buffer.from(context.uploadJpeg, 'base64');

/** Spends a share link's request budget (or its password attempts) for this address, so the next request gets 429. */
function exhaustShare(transaction, token, done) {
  const password = operationOf(transaction).operationId === 'createShareAccessToken';
  const count = password ? context.fixtures.limits.sharePasswordAttempts : context.fixtures.limits.shareRequestsPerMinute;
  const one = () =>
    password
      ? fetch(`${context.apiUrl}/share/${token}/access`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"password":"wrong"}' })
      : fetch(`${context.apiUrl}/share/${token}`);
  (async () => {
    for (let i = 0; i < count; i += 20) await Promise.all(Array.from({ length: Math.min(20, count - i) }, one));
  })()
    .then(() => done())
    .catch((err) => {
      hooks.log(`could not spend the share budget: ${err}`);
      done();
    });
}

/** A conditional GET that must get 304: asks for the URL's current answer first and sends its ETag back. */
function sendCurrentEtag(transaction, done) {
  const headers = { ...transaction.request.headers };
  for (const name of Object.keys(headers)) if (name.toLowerCase() === 'if-none-match') delete headers[name];
  fetch(new URL(transaction.fullPath, context.apiUrl), { headers })
    .then((response) => {
      const etag = response.headers.get('etag');
      if (!etag) transaction.fail = `${transaction.fullPath} answered ${response.status} without an ETag`;
      else setHeader(transaction, 'If-None-Match', etag);
      return response.arrayBuffer();
    })
    .then(() => done())
    .catch((err) => {
      transaction.fail = `could not fetch the current ETag: ${err}`;
      done();
    });
}

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
  const id = operation.operationId;
  const isShare = transaction.fullPath.includes('/share/');
  if (isShare) {
    // The client's side: the shared gallery by default; the protected one to unlock.
    replacePath(transaction, EXAMPLE_TOKEN, id === 'createShareAccessToken' ? share.protectedToken : share.token);
    replacePath(transaction, EXAMPLE_PHOTO_ID, id === 'removeFavorite' ? share.photoIds[1] : share.photoIds[0]);
  } else {
    replacePath(transaction, EXAMPLE_PHOTO_ID, id === 'deletePhoto' && status === 204 ? fixtures.deletablePhotoId : fixtures.photoIds[0]);
  }
  if (id === 'uploadPhotos') setMultipart(transaction, [{ name: 'DSC_0100.jpg', type: 'image/jpeg', bytes: uploadJpeg }]);
  // Operations with several media types get one transaction per type: ask for what that one expects.
  const expectedType = transaction.expected.headers && (transaction.expected.headers['Content-Type'] || transaction.expected.headers['content-type']);
  if (id === 'downloadSharedPhoto' && status === 200 && share.photoOfType[expectedType]) replacePath(transaction, share.photoIds[0], share.photoOfType[expectedType]);
  if (id === 'exportSelection' && status === 200 && expectedType === 'text/plain') setQuery(transaction, 'format=lightroom');
  const currentToken = () => transaction.fullPath.split('/share/')[1].split(/[/?]/)[0];
  const useToken = (token) => isShare && replacePath(transaction, `/share/${currentToken()}`, `/share/${token}`);
  if (transaction.request.body && /expires_at/.test(transaction.request.body)) {
    // Examples carry dates that will one day be in the past; the API refuses those.
    const body = JSON.parse(transaction.request.body);
    if (body.expires_at) body.expires_at = inAMonth();
    setBody(transaction, body);
  }

  // Statuses an Idempotency-Key provokes (what the documented example's code says): a key still running, or used before.
  const expectedCode = (() => {
    try {
      return JSON.parse(transaction.expected.body || '{}').error?.code;
    } catch {
      return undefined;
    }
  })();
  // Dredd sends the parameter's example key with every POST: each transaction gets a key of its own instead,
  // or they would answer one another (replays, 422s).
  if (transaction.request.method === 'POST') setHeader(transaction, 'Idempotency-Key', randomUUID());
  // Likewise the If-Match example: it names no real version, so it stays only where a 412 is wanted.
  if (expectedCode !== 'precondition_failed') setHeader(transaction, 'If-Match', undefined);
  if (expectedCode === 'precondition_failed') return done();
  if (expectedCode === 'idempotency_key_in_use' || expectedCode === 'idempotency_key_reused') {
    setHeader(transaction, 'Idempotency-Key', expectedCode === 'idempotency_key_in_use' ? fixtures.idempotency.inUse : fixtures.idempotency.reused);
    return done();
  }

  switch (status) {
    case 304:
      return sendCurrentEtag(transaction, done);
    case 400:
      if (isShare) {
        useToken('not!a-token');
      } else if (operation.pathParams.length) {
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
      if (id === 'createShareAccessToken') setBody(transaction, { password: 'battery staple' });
      else useToken(share.protectedToken);
      break;
    case 403:
      setHeader(transaction, 'Authorization', `Bearer ${keys.free}`);
      if (isShare) {
        useToken(share.noDownloadsToken);
        replacePath(transaction, share.photoIds[0], share.noDownloadsPhotoId);
      }
      break;
    case 404:
      replacePath(transaction, fixtures.galleryId, randomUUID());
      replacePath(transaction, fixtures.eventId, `evt_${randomUUID().replace(/-/g, '')}`);
      replacePath(transaction, fixtures.webhookId, randomUUID());
      if (isShare) useToken(UNKNOWN_TOKEN);
      else replacePath(transaction, fixtures.photoIds[0], randomUUID());
      break;
    case 409:
      if (isShare) {
        useToken(share.lockedToken);
        break;
      }
      replacePath(transaction, fixtures.galleryId, fixtures.expiredGalleryId);
      setBody(transaction, { status: 'active' });
      break;
    case 410:
      useToken(share.expiredToken);
      break;
    case 413:
      if (id === 'uploadPhotos') setMultipart(transaction, [{ name: 'huge.jpg', type: 'image/jpeg', bytes: Buffer.concat([uploadJpeg, Buffer.alloc(fixtures.limits.photoMaxBytes)]) }]);
      else setBody(transaction, { name: 'x', client: { name: 'y'.repeat(2 * 1024 * 1024) } });
      break;
    case 415:
      delete transaction.request.bodyEncoding;
      setHeader(transaction, 'Content-Type', 'text/plain');
      setBody(transaction, 'name=Smith Wedding');
      break;
    case 422:
      if (id === 'addFavorite') {
        useToken(share.fullToken);
        replacePath(transaction, share.photoIds[0], share.fullOtherPhotoId);
      } else if (id === 'validateSelection') {
        useToken(share.tooFewToken);
      } else {
        setBody(transaction, { name: 'Bounds', selection: { enabled: true, min: 10, max: 2 } });
      }
      break;
    case 429:
      if (isShare) {
        useToken(share.throttledToken);
        return exhaustShare(transaction, share.throttledToken, done);
      }
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

// Text files (the selection exports) differ from the spec's example by their data: their shape is checked here, and
// Dredd's exact text comparison is given the real body.
hooks.beforeEachValidation((transaction, done) => {
  const operation = operationOf(transaction);
  if (operation && operation.operationId === 'exportSelection' && transaction.real && transaction.real.statusCode === 200) {
    const type = transaction.real.headers['content-type'];
    const body = transaction.real.body || '';
    const ok = type === 'text/csv' ? body.startsWith('filename,position,favorited_at\n') : type === 'text/plain' && !body.includes('\n');
    if (!ok) transaction.fail = `selection export (${type}) is not of the documented form: ${body.slice(0, 200)}`;
    transaction.expected.body = body;
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
