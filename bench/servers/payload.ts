// A page of 20 galleries shaped like GET /galleries answers, for the baselines.
import { randomUUID } from 'node:crypto';

export function benchPayload() {
  const now = new Date().toISOString();
  return {
    data: Array.from({ length: 20 }, (_, i) => ({
      id: randomUUID(),
      name: `Smith Wedding 2024 #${i}`,
      client: { name: 'Smith family', email: `client${i}@example.com` },
      event_date: null,
      status: 'active',
      photo_count: 120,
      cover_photo_id: null,
      share_url: 'https://piksend.com/g/Zk3xQ9mP2vR7tL8w',
      password_protected: false,
      download_settings: { enabled: true, allow_zip: true },
      selection: { enabled: false, min: 0, max: null, state: 'open', validated_at: null },
      counters: { views: 3, downloads: 1, favorites: 0 },
      expires_at: null,
      created_at: now,
      updated_at: now,
    })),
    pagination: { page: 1, per_page: 20, total: 1000, total_pages: 50 },
  };
}
