/**
 * Whether a pointer is pressed anywhere in the page, and a way to wait until it is released.
 *
 * Why: a field validates when it loses focus. When the user presses Generate while a field is focused, the press
 * takes focus from the field, its error appears, the layout below it moves, and the release lands beside the
 * button: the browser then sends no click, and the form is never submitted (so the other fields never show their
 * errors). Waiting for the release before showing a blur-time error keeps the button under the pointer.
 */

/** The longest a validation waits for a release (a release outside the window may never be reported). */
const MAX_WAIT_MS = 2000;

let pressed = false;
let waiting: Array<() => void> = [];
let listening = false;

function release(): void {
  pressed = false;
  const resolve = waiting;
  waiting = [];
  // After the click that follows this release has been dispatched.
  setTimeout(() => {
    for (const done of resolve) done();
  }, 0);
}

function listen(): void {
  if (listening || typeof document === "undefined") return;
  listening = true;
  const options = { capture: true, passive: true };
  document.addEventListener(
    "pointerdown",
    () => {
      pressed = true;
    },
    options,
  );
  document.addEventListener("pointerup", release, options);
  document.addEventListener("pointercancel", release, options);
}

/**
 * Resolves at once when no pointer is pressed; else after the release and the click it causes.
 *
 * @example
 * ```ts
 * await afterPointerRelease(); // then show the field's error
 * ```
 */
export function afterPointerRelease(): Promise<void> {
  listen();
  if (!pressed) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, MAX_WAIT_MS);
    waiting.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Starts listening for presses (call early, e.g. when a form mounts, so the first press is seen). */
export function trackPointer(): void {
  listen();
}
