// A row's mode (migration 0012): galleries and webhooks keep the mode they were
// made in; photos, selections and deliveries take their parent's.
import type { Flag } from '../db/schema.js';

export const isLive = (row: { livemode?: Flag }): boolean => row.livemode !== 0;

/** The column value of a mode. */
export const livemodeFlag = (livemode: boolean): Flag => (livemode ? 1 : 0);
