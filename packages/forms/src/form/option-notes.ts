import { createContext, useContext } from "react";

/**
 * A short note per enum option, e.g. its price ("$0.04") or a difference ("+$0.05"): `(fieldName, value)` returns
 * the note, or `undefined` for none. Providers (the price estimate, an app) set it; option widgets read it.
 *
 * @example
 * ```tsx
 * <OptionNotesContext.Provider value={(name, value) => (name === "resolution" ? prices[String(value)] : undefined)}>
 *   <ModelParameterForm model={model} />
 * </OptionNotesContext.Provider>
 * ```
 */
export type OptionNotes = (fieldName: string, value: string | number) => string | undefined;

/** The option notes of the surrounding form; none by default. */
export const OptionNotesContext = createContext<OptionNotes | undefined>(undefined);

/**
 * The note function for one field's options, or `undefined` when nothing provides notes (so widgets skip the work).
 *
 * @example
 * ```tsx
 * const noteOf = useOptionNotes(field.name);
 * const note = noteOf?.("2048x2048"); // "+$0.04"
 * ```
 */
export function useOptionNotes(fieldName: string): ((value: string | number) => string | undefined) | undefined {
  const notes = useContext(OptionNotesContext);
  return notes ? (value) => notes(fieldName, value) : undefined;
}
