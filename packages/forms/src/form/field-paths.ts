import type { FormValues } from "../core/types";
import { setOwn } from "../core/values-equal";

/**
 * The one mapping between published parameter names and react-hook-form paths.
 *
 * react-hook-form reads `.` and `[` in a name as a path into nested objects, and refuses (or reads through) names
 * such as `constructor` or `__proto__`. Published names are opaque keys, so each one gets a path that
 * react-hook-form takes literally:
 *
 * - a plain name (a letter, then letters, digits and `_`; not an `Object.prototype` member, not `root`) is its own
 *   path: `resolution`, `guidance_scale`, `n`;
 * - any other name is `_` followed by the name with every code unit that is not an ASCII letter or digit written
 *   as `_` and four hex digits: `style.preset` -> `_style_002epreset`, `constructor` -> `_constructor`,
 *   `分辨率` -> `__5206_8fa8_7387`.
 *
 * Plain names never start with `_`, so the two kinds never collide, and every path reads back to its name.
 * Everything the library shows or sends uses published names; only react-hook-form (`form.getValues()`,
 * `form.control`, a field's `name` prop) sees paths.
 */

/** Names react-hook-form itself gives a meaning at the top level of a form (`errors.root`). */
const RESERVED_PATHS = new Set(["root"]);
const PLAIN = /^[A-Za-z][A-Za-z0-9_]*$/;
const ALPHANUMERIC = /^[A-Za-z0-9]$/;

/**
 * The react-hook-form path for a published parameter name.
 *
 * @example
 * ```ts
 * fieldPath("guidance_scale"); // "guidance_scale"
 * fieldPath("style.preset"); // "_style_002epreset"
 * form.setValue(fieldPath("loras[0]"), "detail", { shouldDirty: true });
 * ```
 */
export function fieldPath(name: string): string {
  if (PLAIN.test(name) && !(name in Object.prototype) && !RESERVED_PATHS.has(name)) return name;
  let path = "_";
  for (let i = 0; i < name.length; i++) {
    const char = name.charAt(i);
    path += ALPHANUMERIC.test(char) ? char : `_${name.charCodeAt(i).toString(16).padStart(4, "0")}`;
  }
  return path;
}

/**
 * The published name a react-hook-form path stands for (the inverse of {@link fieldPath}).
 *
 * @example
 * ```ts
 * publishedName("_style_002epreset"); // "style.preset"
 * publishedName("n"); // "n"
 * ```
 */
export function publishedName(path: string): string {
  if (!path.startsWith("_")) return path;
  let name = "";
  for (let i = 1; i < path.length; i++) {
    const char = path.charAt(i);
    if (char !== "_") name += char;
    else {
      name += String.fromCharCode(Number.parseInt(path.slice(i + 1, i + 5), 16));
      i += 4;
    }
  }
  return name;
}

/**
 * The path a field component reads and writes: its `name` prop (an explicit react-hook-form path, e.g. inside an
 * app's own form), else the path of its published name.
 *
 * @example
 * ```ts
 * pathOf({ field }); // fieldPath(field.name)
 * ```
 */
export function pathOf(props: { field: { name: string }; name?: string }): string {
  return props.name ?? fieldPath(props.field.name);
}

/**
 * Values keyed by published names -> the object react-hook-form holds (keyed by paths). A plain object: own
 * enumerable keys only, so a name like `toString` never reads `Object.prototype`.
 *
 * @example
 * ```ts
 * toFormValues({ "style.preset": "anime" }); // { _style_002epreset: "anime" }
 * ```
 */
export function toFormValues(values: FormValues): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const name of Object.keys(values)) setOwn(paths, fieldPath(name), values[name]);
  return paths;
}

/**
 * react-hook-form's values (keyed by paths) -> values keyed by published names, as the core functions and
 * `onSubmit` take them. Keys are set as own data properties, so even `__proto__` stays a key.
 *
 * @example
 * ```ts
 * fromFormValues(form.getValues()); // { prompt: "a fox", "style.preset": "anime" }
 * ```
 */
export function fromFormValues(values: Record<string, unknown>): FormValues {
  const named: FormValues = {};
  for (const path of Object.keys(values)) setOwn(named, publishedName(path), values[path]);
  return named;
}
