// The share-link routes through the typed client (openapi-fetch over the
// generated types): the page restates no path, field, header or status of
// the API — the credential's names, the page size and the path builders come
// from generated/, and errors are told apart by their code.
import createClient from 'openapi-fetch';
import type { components, paths } from '../../generated/openapi';
import { basePath, credentials, parameterRules } from '../../generated/constants';
import { pathOf } from '../../generated/paths';

declare const __PIKSEND_API_URL__: string;

export type SharedGallery = components['schemas']['SharedGallery'];
export type SharedPhoto = components['schemas']['SharedPhoto'];
export type SharedSelection = components['schemas']['SharedSelection'];
export type ApiError = components['schemas']['Error'];

/** The error of a failed call (the envelope's `error`), if the body is one. */
export const errorOf = (body: unknown): ApiError['error'] | undefined => (body as Partial<ApiError> | undefined)?.error;

/** Where the API is: the dev setting, else the page's <meta> (filled in by the server), else this origin's base path. */
export function apiUrl(): string {
  const meta = document.querySelector('meta[name="piksend-api-url"]')?.getAttribute('content');
  return (__PIKSEND_API_URL__ || meta || basePath).replace(/\/$/, '');
}

/** The share token: the last segment of the page's path (`/g/<token>`). */
export function shareTokenFromLocation(): string {
  return decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() ?? '');
}

const ACCESS_KEY = (token: string) => `piksend:access:${token}`;
export const rememberedAccessToken = (token: string) => sessionStorage.getItem(ACCESS_KEY(token)) ?? undefined;
export const rememberAccessToken = (token: string, access: string) => sessionStorage.setItem(ACCESS_KEY(token), access);

/** The most photos one page of the list may hold: the page reads the gallery in as few requests as the API allows. */
const PAGE_SIZE = parameterRules.PerPage.maximum;

export function createShareClient(token: string) {
  const client = createClient<paths>({ baseUrl: apiUrl() });
  const access = () => rememberedAccessToken(token);
  const headers = () => {
    const a = access();
    return a ? { [credentials.ShareAccessToken.header]: a } : undefined;
  };
  const path = { token };
  return {
    open: () => client.GET('/share/{token}', { params: { path }, headers: headers() }),
    unlock: (password: string) => client.POST('/share/{token}/access', { params: { path }, body: { password } }),
    photos: (page: number) => client.GET('/share/{token}/photos', { params: { path, query: { page, per_page: PAGE_SIZE } }, headers: headers() }),
    favorite: (photoId: string, on: boolean) =>
      on
        ? client.PUT('/share/{token}/favorites/{photo_id}', { params: { path: { token, photo_id: photoId } }, headers: headers() })
        : client.DELETE('/share/{token}/favorites/{photo_id}', { params: { path: { token, photo_id: photoId } }, headers: headers() }),
    validate: () => client.POST('/share/{token}/selection/validate', { params: { path }, headers: headers() }),
    /** Links the browser follows itself (downloads): the access token goes in the query. */
    downloadUrl: (photoId?: string, selection = false) => {
      const accessToken = access();
      return (
        apiUrl() +
        (photoId
          ? pathOf.downloadSharedPhoto({ token, photo_id: photoId }, { [credentials.ShareAccessToken.query]: accessToken })
          : pathOf.downloadSharedGallery({ token }, { selection: selection || undefined, [credentials.ShareAccessToken.query]: accessToken }))
      );
    },
    /** Preview URLs from the list are paths under the API's base path: rebased on wherever the API is (the mock has no base path). */
    assetUrl: (path: string) => (path.startsWith(basePath) ? `${apiUrl()}${path.slice(basePath.length)}` : path),
  };
}

export type ShareClient = ReturnType<typeof createShareClient>;
