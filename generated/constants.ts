// Generated from openapi.yaml by `npm run generate`. Do not edit.

/** Version of the API description (info.version). */
export const apiVersion = "1.0.0";
/** Where the production API is served (servers[0].url). */
export const serverUrl = "https://piksend.com/api/v1";
/** Path prefix every operation is served under (the path of servers[0].url). */
export const basePath = "/api/v1";
/** Most files one upload may carry (PhotoUpload.files.maxItems), enforced while the upload streams. */
export const photoUploadMaxFiles = 50;
/** Changes with any change to openapi.yaml's content: part of every ETag, so answers shaped by an older spec are not 304'd. */
export const specFingerprint = "6d7069a0aa29011a";
