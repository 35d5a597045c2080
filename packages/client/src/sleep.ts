/** Adds an abort listener; returns its remover. */
export const onAbort = (signal: AbortSignal | undefined, f: () => void) => {
  signal?.addEventListener("abort", f, { once: true });
  return () => signal?.removeEventListener("abort", f);
};

/** Resolves after `ms`, or rejects with `signal.reason` as soon as it aborts. */
export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    signal?.throwIfAborted();
    const off = onAbort(signal, () => {
      clearTimeout(timer);
      reject(signal?.reason);
    });
    const timer = setTimeout(() => {
      off();
      resolve();
    }, ms);
  });
