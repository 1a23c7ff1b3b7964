// The public API as `piksend trigger` and the sandbox use it: a test key's
// calls (the typed client) and a client's visit to a share link, each step
// one call that either succeeds or throws one line saying which step failed
// and what the API answered. Nothing here reaches into the server: what it
// makes, an integrator could make with curl.
import { credentials } from '../../generated/constants.js';
import { randomUUID } from 'node:crypto';
import { createPikSendClient, type Gallery, type Photo, type PikSendClient, type PikSendEvent, type Schemas } from '../client/index.js';
import { isTestApiKey } from '../accounts/api-key-format.js';
import { samplePhoto } from './sample-photos.js';

export class TestModeError extends Error {}

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The answer's data, or a TestModeError naming the step and the API's error. */
function must<T>(step: string, answer: Answer<T>): T {
  if (answer.data !== undefined && answer.response.ok) return answer.data;
  const error = (answer.error as { error?: { code?: string; message?: string } } | undefined)?.error;
  const said = error ? `${error.code}: ${error.message}` : answer.response.statusText;
  throw new TestModeError(`${step} failed: ${answer.response.status} ${said}`);
}

export type GalleryCreate = Schemas['GalleryCreate'];
/** The events an account's stream carries (the spec's subscribable EventType). */
export type StreamEventType = Schemas['EventType'];

/** One delivery of an event, as `trigger` reports it. */
export interface EventDelivery {
  webhookId: string;
  url: string;
  status: Schemas['DeliveryStatus'];
  statusCode: number | null;
}

export interface TestModeSessionOptions {
  apiUrl: string;
  apiKey: string;
  /** What a client's visits say they are (the visitor's user agent in events). */
  userAgent?: string;
  fetch?: (request: Request) => Promise<Response>;
}

export class TestModeSession {
  readonly api: PikSendClient;
  private readonly share: PikSendClient;

  constructor(private readonly options: TestModeSessionOptions) {
    if (!isTestApiKey(options.apiKey)) {
      throw new TestModeError('This works in test mode only: use a pk_test_ key (piksend keys create --email E --test), never a live key');
    }
    const common = { baseUrl: options.apiUrl, fetch: options.fetch, headers: { 'User-Agent': options.userAgent ?? 'piksend-test-mode' } };
    this.api = createPikSendClient({ ...common, apiKey: options.apiKey });
    this.share = createPikSendClient(common);
  }

  /** The key's account, checked to be in test mode (a live key is refused before anything is made). */
  async account() {
    const me = must('GET /me', await this.api.GET('/me')).data;
    if (me.livemode) throw new TestModeError('This key is a live key: test mode only');
    return me;
  }

  async createGallery(body: GalleryCreate, photoCount: number): Promise<{ gallery: Gallery; photos: Photo[] }> {
    const created = must('POST /galleries', await this.api.POST('/galleries', { body, params: { header: { 'Idempotency-Key': randomUUID() } } })).data;
    const photos = photoCount > 0 ? await this.upload(created.id, photoCount) : [];
    const gallery = must('GET /galleries/{id}', await this.api.GET('/galleries/{id}', { params: { path: { id: created.id } } })).data;
    return { gallery, photos };
  }

  async upload(galleryId: string, count: number, firstIndex = 0): Promise<Photo[]> {
    const form = new FormData();
    for (let i = 0; i < count; i++) {
      const index = firstIndex + i;
      form.append('files', new Blob([new Uint8Array(await samplePhoto(index))], { type: 'image/jpeg' }), `sample-${String(index + 1).padStart(3, '0')}.jpg`);
    }
    const answer = await this.api.POST('/galleries/{id}/photos', {
      params: { path: { id: galleryId }, header: { 'Idempotency-Key': randomUUID() } },
      body: form as never,
      bodySerializer: (body) => body as unknown as FormData,
    });
    return must('POST /galleries/{id}/photos', answer).data;
  }

  /** A client opens the share link (a view: `gallery.viewed`). */
  async visit(token: string, accessToken?: string) {
    return must('GET /share/{token}', await this.share.GET('/share/{token}', { params: { path: { token } }, headers: accessHeader(accessToken) })).data;
  }

  /** A client enters the password: the access token of a protected link. */
  async unlock(token: string, password: string): Promise<string> {
    const answer = await this.share.POST('/share/{token}/access', { params: { path: { token } }, body: { password } });
    return must('POST /share/{token}/access', answer).data.access_token;
  }

  /** A client downloads one photo (`gallery.downloaded`). */
  async download(token: string, photoId: string, accessToken?: string): Promise<number> {
    const answer = await this.share.GET('/share/{token}/photos/{photo_id}/download', {
      params: { path: { token, photo_id: photoId } },
      headers: accessHeader(accessToken),
      parseAs: 'arrayBuffer',
    });
    return (must('GET /share/{token}/photos/{photo_id}/download', answer) as unknown as ArrayBuffer).byteLength;
  }

  /** A client picks favourites and sends the selection (`gallery.validated`). */
  async validateSelection(token: string, photoIds: string[], accessToken?: string) {
    for (const photoId of photoIds) {
      must('PUT /share/{token}/favorites/{photo_id}', await this.share.PUT('/share/{token}/favorites/{photo_id}', { params: { path: { token, photo_id: photoId } }, headers: accessHeader(accessToken) }));
    }
    const answer = await this.share.POST('/share/{token}/selection/validate', { params: { path: { token }, header: { 'Idempotency-Key': randomUUID() } }, headers: accessHeader(accessToken) });
    return must('POST /share/{token}/selection/validate', answer).data;
  }

  /** Sets the gallery to expire in `inMs` and waits (at most `timeoutMs`) until the server has expired it (`gallery.expired`). */
  async expire(galleryId: string, { inMs = 1_500, timeoutMs = 30_000 } = {}): Promise<Gallery> {
    const expiresAt = new Date(Date.now() + inMs).toISOString();
    must('PATCH /galleries/{id}', await this.api.PATCH('/galleries/{id}', { params: { path: { id: galleryId } }, body: { expires_at: expiresAt } }));
    const deadline = Date.now() + inMs + timeoutMs;
    for (;;) {
      const gallery = must('GET /galleries/{id}', await this.api.GET('/galleries/{id}', { params: { path: { id: galleryId } } })).data;
      if (gallery.status === 'expired') return gallery;
      if (Date.now() > deadline) throw new TestModeError(`The gallery did not expire within ${Math.round((inMs + timeoutMs) / 1000)} s: is the server's expiry scheduler on (EXPIRY_SCHEDULER)?`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  async deleteGallery(galleryId: string): Promise<void> {
    const answer = await this.api.DELETE('/galleries/{id}', { params: { path: { id: galleryId } } });
    if (!answer.response.ok) must('DELETE /galleries/{id}', answer as Answer<never>);
  }

  /**
   * What became of an event's deliveries: one per enabled test webhook
   * subscribed to its type, waited for until none is pending (at most `timeoutMs`).
   */
  async deliveriesOf(event: PikSendEvent, timeoutMs = 15_000): Promise<EventDelivery[]> {
    const webhooks = [];
    for (let page = 1; ; page++) {
      const answer = must('GET /webhooks', await this.api.GET('/webhooks', { params: { query: { page, per_page: 100 } } }));
      webhooks.push(...answer.data.filter((w) => w.enabled && (w.events as string[]).includes(event.type)));
      if (page >= answer.pagination.total_pages) break;
    }
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found: EventDelivery[] = [];
      for (const webhook of webhooks) {
        const answer = must('GET /webhooks/{id}/deliveries', await this.api.GET('/webhooks/{id}/deliveries', { params: { path: { id: webhook.id }, query: { per_page: 100 } } }));
        const delivery = answer.data.find((d) => d.event_id === event.id);
        found.push({ webhookId: webhook.id, url: webhook.url, status: delivery?.status ?? 'pending', statusCode: delivery?.last_status_code ?? null });
      }
      if (found.every((d) => d.status !== 'pending') || Date.now() > deadline) return found;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** The event of `type` about the gallery (the newest), waiting for it at most `timeoutMs`. */
  async eventAbout(type: StreamEventType, galleryId: string, timeoutMs = 10_000): Promise<PikSendEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const page = must('GET /events', await this.api.GET('/events', { params: { query: { type, per_page: 100 } } }));
      const found = (page.data as PikSendEvent[]).find((event) => (event.data as { gallery?: { id: string } }).gallery?.id === galleryId);
      if (found) return found;
      if (Date.now() > deadline) throw new TestModeError(`No ${type} event about gallery ${galleryId} after ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

const accessHeader = (accessToken: string | undefined) => (accessToken ? { [credentials.ShareAccessToken.header]: accessToken } : undefined);

/** The share token of a gallery (the last segment of its share_url). */
export const shareTokenOf = (gallery: Pick<Gallery, 'share_url'>) => gallery.share_url.split('/').pop()!;
