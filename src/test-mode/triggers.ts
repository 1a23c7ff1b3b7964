// `piksend trigger <event>`: makes one event happen for real in test mode, as
// `stripe trigger` does — through the public API and the share link, so the
// event is recorded, signed and delivered to every subscribed test webhook
// exactly as a live one would be. Each scenario says what it made.
import { eventTypeValues } from '../../generated/openapi.js';
import { shareTokenOf, TestModeSession, type EventDelivery, type StreamEventType } from './test-mode-session.js';

export interface TriggerResult {
  event: StreamEventType;
  /** The event's id and sequence (test mode's own stream). */
  eventId: string;
  sequence: number;
  /** Its deliveries to the test webhooks subscribed to it, once none is pending (or after 15 s). */
  deliveries: EventDelivery[];
  /** What was made on the way, one line each ("gallery 550e… with 3 photos", "a visit to …"). */
  made: string[];
}

export const TRIGGERABLE_EVENTS = eventTypeValues as readonly StreamEventType[];

export const isTriggerable = (name: string): name is StreamEventType => (TRIGGERABLE_EVENTS as readonly string[]).includes(name);

type Scenario = (session: TestModeSession, made: string[]) => Promise<string>;

const stamp = () => new Date().toISOString().slice(0, 19).replace('T', ' ');

/** A test gallery with photos; its id. */
async function galleryWithPhotos(session: TestModeSession, made: string[], photos: number, selection?: { min: number; max: number }) {
  const { gallery, photos: uploaded } = await session.createGallery(
    {
      name: `Trigger test gallery ${stamp()}`,
      client: { name: 'Test Client', email: 'client@example.com' },
      ...(selection ? { selection: { enabled: true, ...selection } } : {}),
    },
    photos,
  );
  made.push(`test gallery ${gallery.id} with ${uploaded.length} photo${uploaded.length === 1 ? '' : 's'} (share link ${gallery.share_url})`);
  return { gallery, photos: uploaded, token: shareTokenOf(gallery) };
}

const SCENARIOS: Record<StreamEventType, Scenario> = {
  'gallery.created': async (session, made) => (await galleryWithPhotos(session, made, 2)).gallery.id,
  'gallery.viewed': async (session, made) => {
    const { gallery, token } = await galleryWithPhotos(session, made, 2);
    await session.visit(token);
    made.push(`a visit to its share link`);
    return gallery.id;
  },
  'gallery.downloaded': async (session, made) => {
    const { gallery, photos, token } = await galleryWithPhotos(session, made, 2);
    const bytes = await session.download(token, photos[0]!.id);
    made.push(`a download of ${photos[0]!.filename} (${bytes} bytes) from the share link`);
    return gallery.id;
  },
  'gallery.validated': async (session, made) => {
    const { gallery, photos, token } = await galleryWithPhotos(session, made, 3, { min: 1, max: 3 });
    const selection = await session.validateSelection(token, photos.slice(0, 2).map((p) => p.id));
    made.push(`a selection of ${selection.count} favourites, validated on the share link`);
    return gallery.id;
  },
  'gallery.expired': async (session, made) => {
    const { gallery } = await galleryWithPhotos(session, made, 1);
    await session.expire(gallery.id);
    made.push("its expiry 1.5 s later (the server's expiry scheduler expired it)");
    return gallery.id;
  },
  'gallery.deleted': async (session, made) => {
    const { gallery } = await galleryWithPhotos(session, made, 1);
    await session.deleteGallery(gallery.id);
    made.push(`its deletion`);
    return gallery.id;
  },
};

export async function trigger(session: TestModeSession, event: StreamEventType): Promise<TriggerResult> {
  await session.account();
  const made: string[] = [];
  const galleryId = await SCENARIOS[event](session, made);
  const fired = await session.eventAbout(event, galleryId);
  return { event, eventId: fired.id, sequence: fired.sequence, deliveries: await session.deliveriesOf(fired), made };
}
