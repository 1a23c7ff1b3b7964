// JSON already serialized — by the database, which can shape a resource
// faster than rows can be read into objects and stringified (#12: the list's
// profile had ~45% of its CPU there). A JsonText<T> carries the type of what it
// encodes; handlers may answer one where the spec's body type is expected, and
// it is sent as is. What makes it true to T is a test, not the compiler: see
// test/galleries/gallery-json.test.ts.
export class JsonText<T> {
  /** Only in the type: what the text encodes. */
  declare readonly encodes?: T;
  constructor(readonly text: string) {}
}

/** `[a, b, …]` of the items, as text. */
export const jsonArrayText = <T>(items: readonly JsonText<T>[]): string => `[${items.map((item) => item.text).join(',')}]`;
