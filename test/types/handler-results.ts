// Compile-time checks (run by `npm run typecheck`, not by vitest): a handler
// can only answer what the spec documents for its operation. Each
// expect-error line below must stay an error; if the types loosen, tsc fails.
import type { Handler } from '../../src/server/context.js';

export const documented: Handler<'deleteGallery'> = async () => ({ status: 204 });

// @ts-expect-error 202 is not a documented status of getMe
export const undocumentedStatus: Handler<'getMe'> = async () => ({ status: 202, body: { data: null } });

// @ts-expect-error getGallery answers { data: Gallery }, not a bare string
export const wrongBody: Handler<'getGallery'> = async () => ({ status: 200, body: 'gallery' });

// @ts-expect-error createGallery's 201 documents Location, not X-Custom
export const undocumentedHeader: Handler<'createGallery'> = async () => ({ status: 201, body: undefined as never, headers: { 'X-Custom': '1' } });

// @ts-expect-error listEvents answers application/json only
export const wrongMediaType: Handler<'listEvents'> = async () => ({ status: 200, body: undefined as never, contentType: 'text/csv' });

// The handler input says which credential is present.
export const apiKeyInput: Handler<'getMe'> = async ({ account, share }) => {
  account.id satisfies string;
  share satisfies undefined;
  throw new Error('types only');
};
export const shareInput: Handler<'openSharedGallery'> = async ({ account, share }) => {
  share.gallery.id satisfies string;
  account satisfies undefined;
  throw new Error('types only');
};
