import type { LibrarySnapshot } from './snapshot.js';

// A new snapshot costs its build, then the reader's derivations and a redrawn list (about three
// builds more): at 8 build-times a cold load of 10,000 files spent about a third of the reader's
// thread, and of its garbage, on lists replaced a moment later. The progress line still moves.
const REBUILD_EVERY = 24;
/**
 * The least time between two publishes in a long load. Each is a frame drawn on the reader's
 * thread while the workers want both cores: at 200 ms, drawing was ink's 0.68 s (and React's
 * 0.22 s) of a cold start's reader profile at 10,000 articles, at 500 ms 0.24 s. The progress
 * line still moves twice a second.
 */
const PUBLISH_MS = 500;
/** What the limits held back is published once nothing arrives for this long (a slow file). */
const TRAILING_MS = 250;

/**
 * When a loading library tells its readers, and with which lists: at most every 200 ms in a
 * long load, new lists every {@link REBUILD_EVERY} build-times, and a trailing publish for what
 * those limits held back.
 */
export class SnapshotPublisher {
  snapshot: LibrarySnapshot;
  /**
   * Entries, renames or scan problems changed since the last build: a rebuild sorts every
   * summary (~100 ms at 50,000 articles) and the reader recounts, so a publish of progress alone keeps it.
   */
  dirty = true;
  /** Only the search index changed: same lists in a new snapshot object, so remembered results go. */
  searchChanged = false;
  readonly listeners = new Set<() => void>();
  #lastPublish = 0;
  #lastBuild = 0;
  #buildMs = 0;
  #trailing: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(private readonly rebuild: () => LibrarySnapshot) {
    this.snapshot = rebuild();
  }

  /** Tells the subscribers (now, with `force`, and with new lists if anything changed). */
  publish(force = false): void {
    clearTimeout(this.#trailing);
    const now = Date.now();
    // The first headlines of a cold start are shown the moment they are read, not a throttle later.
    force ||= this.dirty && this.snapshot.summaries.length === 0;
    if (!force && now - this.#lastPublish < PUBLISH_MS) return this.#later();
    this.#lastPublish = now;
    if (this.dirty && (force || now - this.#lastBuild >= Math.max(PUBLISH_MS, REBUILD_EVERY * this.#buildMs))) {
      this.snapshot = this.rebuild();
      this.#buildMs = Date.now() - now;
      this.#lastBuild = Date.now();
      this.dirty = false;
      this.searchChanged = false;
    } else if (this.searchChanged && !this.dirty) {
      this.snapshot = { ...this.snapshot };
      this.searchChanged = false;
    }
    if (this.dirty) this.#later();
    for (const listener of [...this.listeners]) listener();
  }

  /** The snapshot with the newest lists, built now if they changed (without telling anyone: the next publish does). */
  fresh(): LibrarySnapshot {
    if (this.dirty) {
      this.snapshot = this.rebuild();
      this.dirty = false;
      this.searchChanged = false;
    }
    return this.snapshot;
  }

  #later(): void {
    if (this.#closed) return;
    this.#trailing = setTimeout(() => !this.#closed && this.publish(), TRAILING_MS);
    this.#trailing.unref();
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#trailing);
    this.listeners.clear();
  }
}
