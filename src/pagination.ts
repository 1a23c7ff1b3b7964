// The one pagination rule of every list: `page`/`per_page` (defaults from the
// spec's parameters) → a window of rows, and the `{data, pagination}` envelope.
import type { components } from '../generated/openapi.js';
import { jsonArrayText, JsonText } from './json-text.js';

export interface PageQuery {
  page: number;
  per_page: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export type Pagination = components['schemas']['Pagination'];

/** The rows a page covers: LIMIT and OFFSET. */
export const pageWindow = (query: PageQuery) => ({ limit: query.per_page, offset: (query.page - 1) * query.per_page });

/** The list envelope of every paginated operation. */
export function paginated<T>(page: Page<T>, query: PageQuery): { data: T[]; pagination: Pagination } {
  return { data: page.items, pagination: paginationOf(page, query) };
}

/** The same envelope around items the database serialized: spliced, not parsed. */
export function paginatedText<T>(page: Page<JsonText<T>>, query: PageQuery): JsonText<{ data: T[]; pagination: Pagination }> {
  return new JsonText(`{"data":${jsonArrayText(page.items)},"pagination":${JSON.stringify(paginationOf(page, query))}}`);
}

const paginationOf = (page: Page<unknown>, query: PageQuery): Pagination => ({
  page: query.page,
  per_page: query.per_page,
  total: page.total,
  total_pages: Math.ceil(page.total / query.per_page),
});
