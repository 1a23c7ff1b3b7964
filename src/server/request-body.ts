// Whether a request carries a body: type-is's rule (a length or a transfer
// coding), except that an explicit `Content-Length: 0` — what fetch sends for
// a POST without a body — is no body.
import type { IncomingMessage } from 'node:http';
import typeis from 'type-is';

export const hasBody = (req: IncomingMessage) => typeis.hasBody(req) && req.headers['content-length'] !== '0';
