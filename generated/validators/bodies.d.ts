// Generated from openapi.yaml by `npm run generate`. Do not edit.
import type { ErrorObject } from 'ajv';

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const createGalleryBody: CompiledValidator;
export declare const updateGalleryBody: CompiledValidator;
export declare const createShareAccessTokenBody: CompiledValidator;
export declare const createWebhookBody: CompiledValidator;
export declare const updateWebhookBody: CompiledValidator;
export declare const rotateWebhookSecretBody: CompiledValidator;
