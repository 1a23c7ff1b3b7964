// The share-link routes through the typed client (openapi-fetch over the
// generated types): the page restates no path, field or status of the API.
import createClient from 'openapi-fetch';
import type { components, paths } from '../../generated/openapi';
import { basePath } from '../../generated/constants';

declare const __PIKSEND_API_URL__: string;

export type SharedGallery = components['schemas']['SharedGallery'];
export type SharedPhoto = components['schemas']['SharedPhoto'];
export type SharedSelection = components['schemas']['SharedSelection'];
export type ApiError = components['schemas']['Error'];

/** Where the API is: the dev setting, else the page's <meta> (filled in by the server), else this origin's /api/v1. */
export function apiUrl(): string {
  const meta = document.querySelector('meta[name="piksend-api-url"]')?.getAttribute('content');
  return (__PIKSEND_API_URL__ || meta || '/api/v1').replace(/\/$/, '');
}

/** The share token: the last segment of the page's path (`/g/<token>`). */
export function shareTokenFromLocation(): string {
  return decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() ?? '');
}

const ACCESS_KEY = (token: string) => `piksend:access:${token}`;
export const rememberedAccessToken = (token: string) => sessionStorage.getItem(ACCESS_KEY(token)) ?? undefined;
export const rememberAccessToken = (token: string, access: string) => sessionStorage.setItem(ACCESS_KEY(token), access);

export function createShareClient(token: string) {
  const client = createClient<paths>({ baseUrl: apiUrl() });
  const access = () => rememberedAccessToken(token);
  const headers = () => {
    const a = access();
    return a ? { 'X-Share-Access-Token': a } : undefined;
  };
  const path = { token };
  return {
    open: () => client.GET('/share/{token}', { params: { path }, headers: headers() }),
    unlock: (password: string) => client.POST('/share/{token}/access', { params: { path }, body: { password } }),
    photos: (page: number) => client.GET('/share/{token}/photos', { params: { path, query: { page, per_page: 100 } }, headers: headers() }),
    favorite: (photoId: string, on: boolean) =>
      on
        ? client.PUT('/share/{token}/favorites/{photo_id}', { params: { path: { token, photo_id: photoId } }, headers: headers() })
        : client.DELETE('/share/{token}/favorites/{photo_id}', { params: { path: { token, photo_id: photoId } }, headers: headers() }),
    validate: () => client.POST('/share/{token}/selection/validate', { params: { path }, headers: headers() }),
    /** Links the browser follows itself (downloads): the access token goes in the query. */
    downloadUrl: (photoId?: string, selection = false) => {
      const a = access();
      const query = new URLSearchParams();
      if (selection) query.set('selection', 'true');
      if (a) query.set('access_token', a);
      const base = `${apiUrl()}/share/${encodeURIComponent(token)}`;
      const q = query.toString() ? `?${query}` : '';
      return photoId ? `${base}/photos/${photoId}/download${q}` : `${base}/download${q}`;
    },
    /** Preview URLs from the list are paths under the API's base path: rebased on wherever the API is (the mock has no /api/v1). */
    assetUrl: (path: string) => (path.startsWith(basePath) ? `${apiUrl()}${path.slice(basePath.length)}` : path),
  };
}

export type ShareClient = ReturnType<typeof createShareClient>;
