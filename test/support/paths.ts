import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SPEC_PATH = join(ROOT, 'openapi.yaml');
export const BIN = (name: string) => join(ROOT, 'node_modules', '.bin', name);
