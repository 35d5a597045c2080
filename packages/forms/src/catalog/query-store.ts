/** What {@link useImageModels} / {@link useImageModel} return. */
export type QueryResult<T> =
  | { status: "loading"; data: undefined; error: undefined; retry(): void }
  | { status: "error"; data: undefined; error: unknown; retry(): void }
  | { status: "success"; data: T; error: undefined; retry(): void };

type Listener = () => void;

/**
 * One cached async result with subscribers (a tiny TanStack-Query-like store). Fetching starts on first subscribe,
 * so nothing runs during render or on the server; an error is forgotten once nobody watches, so the next mount
 * tries again.
 */
export class Query<T> {
  private listeners = new Set<Listener>();
  private inFlight = false;
  private generation = 0;
  snapshot: QueryResult<T>;

  constructor(private readonly load: () => Promise<T>) {
    this.snapshot = this.loading();
  }

  private loading(): QueryResult<T> {
    return { status: "loading", data: undefined, error: undefined, retry: this.retry };
  }

  private set(next: QueryResult<T>) {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }

  private start() {
    if (this.inFlight) return;
    this.inFlight = true;
    const generation = ++this.generation;
    this.load().then(
      (data) => {
        if (generation !== this.generation) return;
        this.inFlight = false;
        this.set({ status: "success", data, error: undefined, retry: this.retry });
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.inFlight = false;
        this.set({ status: "error", data: undefined, error, retry: this.retry });
      },
    );
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    if (this.snapshot.status === "loading") this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.snapshot.status === "error") this.snapshot = this.loading();
    };
  };

  getSnapshot = (): QueryResult<T> => this.snapshot;

  retry = (): void => {
    this.inFlight = false;
    this.generation++;
    this.set(this.loading());
    this.start();
  };
}

/** The server render always shows the loading state; data arrives on the client. */
export const serverLoading: QueryResult<never> = {
  status: "loading",
  data: undefined,
  error: undefined,
  retry: () => {},
};

const queries = new WeakMap<object, Map<string, Query<unknown>>>();

/** The query for `key` on `owner` (a client), created on first use. */
export function getQuery<T>(owner: object, key: string, load: () => Promise<T>): Query<T> {
  let byKey = queries.get(owner);
  if (!byKey) {
    byKey = new Map();
    queries.set(owner, byKey);
  }
  let query = byKey.get(key);
  if (!query) {
    query = new Query<unknown>(load);
    byKey.set(key, query);
  }
  return query as Query<T>;
}
