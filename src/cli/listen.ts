// `piksend listen --forward-to http://localhost:4000/hooks`: webhooks on a
// laptop without a public URL. It follows the account's events over the API
// (GET /events, polling from a cursor), forwards each to the local URL signed
// exactly like a real delivery — with a local secret it prints, kept in its
// state file — shows each forward's status, and resumes where it stopped.
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createPikSendClient } from '../client/index.js';
import { attemptHeaders } from '../webhooks/delivery-headers.js';
import { generateWebhookSecret } from '../webhooks/signing.js';

export interface ListenOptions {
  apiUrl: string;
  apiKey: string;
  forwardTo: string;
  statePath: string;
  intervalMs: number;
  events: string[] | null;
  out: (line: string) => void;
  signal: AbortSignal;
}

/** What the forwarder reads of an event (the whole event is forwarded as it came). */
interface ListedEvent {
  id: string;
  type: string;
  sequence: number;
  created_at: string;
}

interface State {
  secret: string;
  /** Events at or after this time are fetched (the API's filter is inclusive)… */
  createdAfter: string;
  /** …less those already forwarded at exactly that time. */
  seen: string[];
}

async function loadState(path: string): Promise<State | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as State;
  } catch {
    return null;
  }
}

export async function listen(options: ListenOptions): Promise<void> {
  const client = createPikSendClient({ baseUrl: options.apiUrl, apiKey: options.apiKey });
  const me = await client.GET('/me');
  if (!me.data) throw new Error(`The API refused the key (${me.response.status}): ${(me.error as { error?: { message?: string } })?.error?.message ?? ''}`);

  let state = await loadState(options.statePath);
  const resumed = state !== null;
  if (!state) {
    // A first start forwards what happens from now on: the cursor starts at the newest existing event
    // (the API's clock, not this machine's), or at the beginning when there is none yet.
    const newest = await client.GET('/events', { params: { query: { page: 1, per_page: 1 } } });
    const last = newest.data?.data[0];
    state = { secret: generateWebhookSecret(), createdAfter: last?.created_at ?? '1970-01-01T00:00:00Z', seen: last ? [last.id] : [] };
  }
  const save = () => writeFile(options.statePath, JSON.stringify(state, null, 2), { mode: 0o600 });
  await save();
  options.out(
    `Ready! ${resumed ? 'Resuming' : 'Forwarding'} ${me.data.data.email}'s ${me.data.data.livemode ? 'live' : 'test-mode'} events to ${options.forwardTo}\n` +
      `Your local webhook signing secret is ${state.secret} (verify deliveries with it, as with a real endpoint's)\n`,
  );

  const sleep = (ms: number) => new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    options.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

  while (!options.signal.aborted) {
    const fresh: ListedEvent[] = [];
    for (let page = 1; ; page++) {
      const res = await client.GET('/events', { params: { query: { created_after: state.createdAfter, page, per_page: 100 } } });
      if (!res.data) {
        options.out(`! could not read events (${res.response.status}); retrying`);
        break;
      }
      fresh.push(...(res.data.data as ListedEvent[]).filter((e) => !state!.seen.includes(e.id)));
      if (page >= res.data.pagination.total_pages) break;
    }
    fresh.sort((a, b) => a.sequence - b.sequence);
    for (const event of fresh) {
      if (options.signal.aborted) break;
      if (!options.events || options.events.includes(event.type)) await forward(event, state.secret, options);
      // The cursor moves past each event, forwarded or filtered out, and is saved at once.
      if (event.created_at > state.createdAfter) state = { ...state, createdAfter: event.created_at, seen: [] };
      state.seen.push(event.id);
      await save();
    }
    await sleep(options.intervalMs);
  }
}

async function forward(event: ListedEvent, secret: string, options: Pick<ListenOptions, 'forwardTo' | 'out'>): Promise<void> {
  const body = JSON.stringify(event);
  const t = Math.floor(Date.now() / 1000);
  const started = performance.now();
  try {
    const response = await fetch(options.forwardTo, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
      headers: attemptHeaders({ eventId: event.id, eventType: event.type, deliveryId: randomUUID(), secrets: [secret], t, body }),
      body,
    });
    await response.arrayBuffer().catch(() => undefined);
    options.out(`${new Date().toISOString()}  --> ${event.type} ${event.id} (#${event.sequence})  [${response.status}] ${Math.round(performance.now() - started)} ms`);
  } catch (err) {
    options.out(`${new Date().toISOString()}  --> ${event.type} ${event.id} (#${event.sequence})  [failed: ${(err as Error).message}]`);
  }
}
