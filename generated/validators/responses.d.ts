// Generated from openapi.yaml by `npm run generate`. Do not edit.
import type { ErrorObject } from 'ajv';

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const Health: CompiledValidator;
export declare const Error: CompiledValidator;
export declare const AccountResponse: CompiledValidator;
export declare const GalleryList: CompiledValidator;
export declare const GalleryResponse: CompiledValidator;
export declare const PhotoList: CompiledValidator;
export declare const PhotoUploadResult: CompiledValidator;
export declare const PhotoResponse: CompiledValidator;
export declare const SelectionResponse: CompiledValidator;
export declare const ActivityList: CompiledValidator;
export declare const SharedGalleryResponse: CompiledValidator;
export declare const ShareAccessResponse: CompiledValidator;
export declare const SharedPhotoList: CompiledValidator;
export declare const SharedSelectionResponse: CompiledValidator;
export declare const WebhookList: CompiledValidator;
export declare const WebhookWithSecretResponse: CompiledValidator;
export declare const WebhookResponse: CompiledValidator;
export declare const WebhookDeliveryResponse: CompiledValidator;
export declare const WebhookDeliveryList: CompiledValidator;
export declare const EventList: CompiledValidator;
export declare const EventResponse: CompiledValidator;
