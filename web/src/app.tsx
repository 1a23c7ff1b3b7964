// The page a photographer's client opens from the share link: unlock (if
// protected), browse the thumbnails, view photos one by one, mark favourites,
// validate the selection, download. Every state the API can answer — expired,
// missing, locked, out of range — is shown as a sentence a client understands.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createShareClient, errorOf, rememberAccessToken, type SharedGallery, type SharedPhoto, type SharedSelection } from './api';

type Phase =
  | { kind: 'loading' }
  | { kind: 'password'; error?: string }
  | { kind: 'missing' }
  | { kind: 'expired' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; gallery: SharedGallery };

const messageOf = (body: unknown, fallback: string) => errorOf(body)?.message ?? fallback;

function rangeText(min: number, max: number | null): string {
  if (max === null) return min > 0 ? `choose at least ${min}` : 'choose as many as you like';
  if (min === max) return `choose exactly ${min}`;
  return `choose between ${Math.max(min, 1)} and ${max}`;
}

// One component on purpose: Preact hooks keep the page's state (phase, photos, selection) together;
// what it renders is split into the components below.
export function App({ token }: { token: string }) {
  const api = useMemo(() => createShareClient(token), [token]);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [photos, setPhotos] = useState<SharedPhoto[]>([]);
  const [selection, setSelection] = useState<{ count: number; ids: Set<string>; state: SharedSelection['state'] }>({ count: 0, ids: new Set(), state: 'open' });
  const [notice, setNotice] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);

  const load = useCallback(async () => {
    setPhase({ kind: 'loading' });
    const opened = await api.open();
    const code = errorOf(opened.error)?.code;
    if (code === 'unauthorized') return setPhase({ kind: 'password' });
    if (code === 'not_found' || code === 'invalid_request') return setPhase({ kind: 'missing' });
    if (code === 'gallery_expired') return setPhase({ kind: 'expired' });
    if (!opened.data) return setPhase({ kind: 'error', message: messageOf(opened.error, 'The gallery could not be opened. Please try again.') });
    const gallery = opened.data.data;
    const all: SharedPhoto[] = [];
    for (let page = 1; ; page++) {
      const list = await api.photos(page);
      if (!list.data) break;
      all.push(...list.data.data);
      if (page >= list.data.pagination.total_pages) break;
    }
    setPhotos(all);
    setSelection({ count: gallery.selection.count, ids: new Set(all.filter((p) => p.is_favorite).map((p) => p.id)), state: gallery.selection.state });
    setPhase({ kind: 'ready', gallery });
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  if (phase.kind === 'loading') return <Screen title="Opening your gallery…" busy />;
  if (phase.kind === 'missing') return <Screen title="This link doesn't lead to a gallery">Check that you copied the whole link, or ask your photographer for a new one.</Screen>;
  if (phase.kind === 'expired') return <Screen title="This gallery has expired">Its photos are no longer available here. Your photographer can extend it for you.</Screen>;
  if (phase.kind === 'error') return <Screen title="Something went wrong">{phase.message}</Screen>;
  if (phase.kind === 'password') {
    return (
      <PasswordForm
        error={phase.error}
        onSubmit={async (password) => {
          const res = await api.unlock(password);
          if (res.data) {
            rememberAccessToken(token, res.data.data.access_token);
            return void load();
          }
          const text = errorOf(res.error)?.code === 'rate_limited' ? messageOf(res.error, 'Too many attempts. Please wait a few minutes.') : 'That password is not right. Please try again.';
          setPhase({ kind: 'password', error: text });
        }}
      />
    );
  }

  const { gallery } = phase;
  const rules = gallery.selection;
  const locked = selection.state === 'validated';

  const toggle = async (photo: SharedPhoto) => {
    const on = !selection.ids.has(photo.id);
    const res = await api.favorite(photo.id, on);
    if (res.data) {
      const s = res.data.data;
      setSelection({ count: s.count, ids: new Set(s.photo_ids), state: s.state });
      setNotice(null);
    } else if (errorOf(res.error)?.code === 'selection_locked') {
      setSelection((prev) => ({ ...prev, state: 'validated' }));
      setNotice({ tone: 'error', text: 'Your selection was already sent to the photographer, so it can no longer change.' });
    } else if (errorOf(res.error)?.code === 'selection_invalid') {
      setNotice({ tone: 'error', text: `You can choose at most ${rules.max} photos. Remove one before adding another.` });
    } else {
      setNotice({ tone: 'error', text: messageOf(res.error, 'That did not work. Please try again.') });
    }
  };

  const validate = async () => {
    const res = await api.validate();
    if (res.data) {
      setSelection((prev) => ({ ...prev, state: 'validated' }));
      setNotice({ tone: 'ok', text: `Thank you! Your ${res.data.data.count} photos were sent to your photographer.` });
    } else if (errorOf(res.error)?.code === 'selection_invalid') {
      const details = errorOf(res.error)?.details as { count?: number; min?: number; max?: number | null; enabled?: boolean } | undefined;
      setNotice({
        tone: 'error',
        text:
          details?.enabled === false
            ? 'Your photographer has not opened this gallery for a selection.'
            : `You have chosen ${details?.count ?? selection.count}; please ${rangeText(details?.min ?? rules.min, details?.max ?? rules.max)} before sending.`,
      });
    } else if (errorOf(res.error)?.code === 'selection_locked') {
      setSelection((prev) => ({ ...prev, state: 'validated' }));
      setNotice({ tone: 'error', text: 'Your selection was already sent to the photographer.' });
    } else {
      setNotice({ tone: 'error', text: messageOf(res.error, 'That did not work. Please try again.') });
    }
  };

  return (
    <div class="page">
      {gallery.livemode ? null : (
        <p class="test-mode" role="note">
          Test gallery: made in PikSend's test mode, for trying things out. It is not a real client's gallery.
        </p>
      )}
      <header class="top">
        <div>
          <h1>{gallery.name}</h1>
          <p class="meta">
            {gallery.photo_count} photos{gallery.event_date ? ` · ${new Date(`${gallery.event_date}T00:00:00Z`).toLocaleDateString(undefined, { timeZone: 'UTC', dateStyle: 'long' })}` : ''}
          </p>
        </div>
        {gallery.download_settings.enabled && gallery.download_settings.allow_zip && photos.length > 0 ? (
          <a class="button" href={api.downloadUrl()} download>
            Download all
          </a>
        ) : null}
      </header>

      {rules.enabled ? (
        <section class="selection" aria-label="Your selection">
          <p>
            <strong aria-live="polite">{selection.count} selected</strong> — {locked ? 'sent to your photographer' : rangeText(rules.min, rules.max)}
          </p>
          {locked ? null : (
            <button type="button" class="button primary" onClick={validate}>
              Send my selection
            </button>
          )}
        </section>
      ) : null}

      {notice ? (
        <p class={`notice ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      ) : null}

      <ul class="grid" aria-label="Photos">
        {photos.map((photo, index) => (
          <li key={photo.id} class="cell">
            <button type="button" class="thumb" onClick={() => setViewing(index)} aria-label={`View ${photo.filename}`}>
              <img src={api.assetUrl(photo.thumbnail_url)} alt={photo.filename} loading="lazy" decoding="async" width={photo.width} height={photo.height} />
            </button>
            {rules.enabled || !locked ? (
              <button
                type="button"
                class={`heart ${selection.ids.has(photo.id) ? 'on' : ''}`}
                aria-pressed={selection.ids.has(photo.id)}
                aria-label={`${selection.ids.has(photo.id) ? 'Remove' : 'Add'} ${photo.filename} ${selection.ids.has(photo.id) ? 'from' : 'to'} favourites`}
                disabled={locked}
                onClick={() => toggle(photo)}
              >
                {selection.ids.has(photo.id) ? '♥' : '♡'}
              </button>
            ) : null}
          </li>
        ))}
      </ul>

      {viewing !== null && photos[viewing] ? (
        <Viewer
          photos={photos}
          index={viewing}
          onIndex={setViewing}
          onClose={() => setViewing(null)}
          api={api}
          favorite={selection.ids.has(photos[viewing]!.id)}
          canFavorite={!locked}
          onToggle={() => toggle(photos[viewing]!)}
          canDownload={gallery.download_settings.enabled}
        />
      ) : null}
    </div>
  );
}

function Screen({ title, busy, children }: { title: string; busy?: boolean; children?: preact.ComponentChildren }) {
  return (
    <main class="screen" aria-busy={busy ? 'true' : undefined}>
      <h1>{title}</h1>
      {children ? <p>{children}</p> : null}
    </main>
  );
}

function PasswordForm({ error, onSubmit }: { error?: string; onSubmit: (password: string) => Promise<void> }) {
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <main class="screen">
      <h1>This gallery is protected</h1>
      <p>Enter the password your photographer gave you.</p>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          await onSubmit(password);
          setBusy(false);
        }}
      >
        <label for="password">Password</label>
        <input id="password" type="password" autoComplete="current-password" required value={password} onInput={(e) => setPassword((e.target as HTMLInputElement).value)} autoFocus />
        {error ? (
          <p class="notice error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" class="button primary" disabled={busy}>
          Open the gallery
        </button>
      </form>
    </main>
  );
}

function Viewer(props: {
  photos: SharedPhoto[];
  index: number;
  onIndex: (i: number) => void;
  onClose: () => void;
  api: ReturnType<typeof createShareClient>;
  favorite: boolean;
  canFavorite: boolean;
  onToggle: () => void;
  canDownload: boolean;
}) {
  const { photos, index, onIndex, onClose, api } = props;
  const photo = photos[index]!;
  const dialog = useRef<HTMLDivElement>(null);
  // Layout effect: the keys work from the moment the viewer is on screen, not a frame later.
  useLayoutEffect(() => {
    dialog.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowRight') onIndex(Math.min(photos.length - 1, index + 1));
      else if (event.key === 'ArrowLeft') onIndex(Math.max(0, index - 1));
      else if (event.key === 'Escape') onClose();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, photos.length, onIndex, onClose]);
  return (
    <div class="viewer" role="dialog" aria-modal="true" aria-label={`${photo.filename}, photo ${index + 1} of ${photos.length}`} tabIndex={-1} ref={dialog}>
      <div class="viewer-bar">
        <span>
          {index + 1} / {photos.length} · {photo.filename}
        </span>
        <span class="viewer-actions">
          {props.canFavorite ? (
            <button type="button" class="button" aria-pressed={props.favorite} onClick={props.onToggle}>
              {props.favorite ? '♥ Favourite' : '♡ Add to favourites'}
            </button>
          ) : null}
          {props.canDownload ? (
            <a class="button" href={api.downloadUrl(photo.id)} download>
              Download
            </a>
          ) : null}
          <button type="button" class="button" onClick={onClose} aria-label="Close the viewer">
            ✕
          </button>
        </span>
      </div>
      <img class="viewer-image" src={api.assetUrl(photo.preview_url)} alt={photo.filename} />
      <button type="button" class="nav prev" onClick={() => onIndex(Math.max(0, index - 1))} disabled={index === 0} aria-label="Previous photo">
        ‹
      </button>
      <button type="button" class="nav next" onClick={() => onIndex(Math.min(photos.length - 1, index + 1))} disabled={index === photos.length - 1} aria-label="Next photo">
        ›
      </button>
    </div>
  );
}
