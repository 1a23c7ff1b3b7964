// Generated from src/config/variables.ts by `npm run generate`. Do not edit.
import type { ErrorObject } from 'ajv';

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const environment: CompiledValidator;
