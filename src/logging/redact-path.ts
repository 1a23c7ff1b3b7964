// Share tokens are the only credential of an unprotected gallery's link: they
// never reach a log. A logged path has the token segment of the share-link
// routes (`/api/v1/share/<token>/…`) and of the client's page (`/g/<token>`)
// replaced; access tokens travel in a header or the query, which are never logged.
import { basePath } from '../../generated/constants.js';
import { pathOf } from '../../generated/paths.js';

const MARK = '--share-token--';

/** The prefixes after which a path segment is a share token: the share-link routes' (from the spec) and the page's. */
export function shareTokenPrefixes(sharePagePath: string): string[] {
  const route = basePath + pathOf.openSharedGallery({ token: MARK });
  return [route.slice(0, route.indexOf(MARK)), `${sharePagePath.replace(/\/$/, '')}/`];
}

export function redactPath(path: string, prefixes: readonly string[]): string {
  for (const prefix of prefixes) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    const end = rest.indexOf('/');
    const segment = end < 0 ? rest : rest.slice(0, end);
    // The page's assets (`/g/assets/…`) name no gallery.
    if (segment === 'assets' || segment === '') return path;
    return `${prefix}[token]${end < 0 ? '' : rest.slice(end)}`;
  }
  return path;
}
