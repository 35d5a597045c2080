/** What a list remembers between typeahead keystrokes. */
export interface TypeaheadState {
  text: string;
  /** `event.timeStamp` of the last typed character. */
  at: number;
}

/** Characters typed within this many milliseconds of each other build one search text. */
export const TYPEAHEAD_TIMEOUT_MS = 700;

/** Whether a typeahead text is still being typed at `now` (then Space belongs to it instead of choosing). */
export function typeaheadActive(state: TypeaheadState, now: number): boolean {
  return state.text !== "" && now - state.at < TYPEAHEAD_TIMEOUT_MS;
}

/**
 * The index a typed character moves a list to, as WAI-ARIA's listbox pattern describes: the first item after the
 * current one whose label starts with the typed text (case-insensitive), wrapping around; repeating one letter
 * cycles through the items starting with it. Works on the data, so items need not be rendered (virtualised lists).
 *
 * @example
 * ```ts
 * const { state, index } = typeahead({ text: "", at: 0 }, "g", event.timeStamp, names.length, (i) => names[i], active);
 * ```
 */
export function typeahead(
  state: TypeaheadState,
  char: string,
  now: number,
  count: number,
  labelAt: (index: number) => string,
  from: number,
): { state: TypeaheadState; index: number | undefined } {
  const text = (typeaheadActive(state, now) ? state.text : "") + char.toLowerCase();
  const next = { text, at: now };
  // "ggg" cycles through the g's; "gpt" keeps the current item while it still matches.
  const repeated = text === text[0]?.repeat(text.length);
  const query = repeated ? (text[0] as string) : text;
  const start = repeated ? from + 1 : from;
  for (let step = 0; step < count; step++) {
    const index = (((start + step) % count) + count) % count;
    if (labelAt(index).toLowerCase().startsWith(query)) return { state: next, index };
  }
  return { state: next, index: undefined };
}
