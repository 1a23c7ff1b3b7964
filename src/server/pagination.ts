// The list envelope of every paginated operation: {data, pagination}.
export function paginated<T>(items: T[], total: number, page: number, perPage: number) {
  return {
    data: items,
    pagination: { page, per_page: perPage, total, total_pages: Math.ceil(total / perPage) },
  };
}
