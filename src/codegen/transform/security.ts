// Security Requirement Objects → the one scheme whose middleware guards the
// operation. `[{}, {ShareAccessToken: []}]` (anonymous, or with the scheme)
// is that scheme: its middleware decides when the credential is needed.
import type { OpenApiDocument } from '../spec.js';

export function transformSecurity(doc: OpenApiDocument, operationId: string, security: Record<string, string[]>[]): string {
  const schemes = [...new Set(security.flatMap((requirement) => Object.keys(requirement)))];
  const known = Object.keys(doc.components.securitySchemes ?? {});
  const unknown = schemes.filter((s) => !known.includes(s));
  if (unknown.length) throw new Error(`${operationId}: unknown security schemes ${unknown.join(', ')}`);
  if (schemes.length > 1) throw new Error(`${operationId}: one security scheme per operation is supported, got ${schemes.join(', ')}`);
  return schemes[0] ?? 'none';
}
