import type { FieldError, FieldErrors, Resolver } from "react-hook-form";
import type { CompiledForm } from "../core/types";
import { fieldPath, fromFormValues, publishedName } from "./field-paths";
import { afterPointerRelease } from "./pointer-release";

type Issue = { code?: string; message: string; path: PropertyKey[] };

/** An issue as one line, with the list position of an item-level issue ("Item 2: Only https URLs are accepted"). */
function issueMessage(issue: Issue): string {
  const where = issue.path
    .slice(1)
    .map((key) => (typeof key === "number" ? `Item ${key + 1}` : String(key)))
    .join(" ");
  return where === "" ? issue.message : `${where}: ${issue.message}`;
}

/**
 * The react-hook-form resolver of a compiled form. It reads the values by published name (react-hook-form holds
 * them under the paths of `field-paths.ts`), validates with the compiled schema, and reports each invalid field's
 * first issue under its path. When react-hook-form validates one field (its change or blur), only that field's
 * own schema runs, so a slider step does not parse every other value. The values it returns are the ones it got:
 * the request is built from them later.
 *
 * @example
 * ```ts
 * useForm({ resolver: compiledFormResolver(compiled) });
 * ```
 */
export function compiledFormResolver(
  compiled: CompiledForm,
  keep?: (path: string) => FieldError | undefined,
): Resolver<Record<string, unknown>> {
  const shown = compiled.fields.filter((field) => !field.fixed);
  const byName = new Map(compiled.fields.map((field) => [field.name, field]));
  return async (values, _context, options) => {
    const only = options.names?.length === 1 ? options.names[0] : undefined;
    const field = only === undefined || shown.length < 2 ? undefined : byName.get(publishedName(only));
    // One field validating (its blur or change) while the pointer is pressed: wait for the release, so an error
    // appearing under the field cannot move a button away from under the pointer (see pointer-release.ts).
    if (only !== undefined) await afterPointerRelease();
    const named = fromFormValues(values);
    const result = field
      ? field.schema.safeParse(Object.hasOwn(named, field.name) ? named[field.name] : undefined)
      : compiled.schema.safeParse(named);
    if (result.success) {
      // A one-field check that passes leaves a server's error on an unchanged value in place.
      const kept = only !== undefined ? keep?.(only) : undefined;
      return kept ? { values: {}, errors: { [only as string]: kept } } : { values, errors: {} };
    }
    const errors: FieldErrors<Record<string, unknown>> = {};
    for (const issue of result.error.issues as Issue[]) {
      const name = field ? field.name : String(issue.path[0] ?? "");
      const path = fieldPath(name);
      if (!byName.has(name) || Object.hasOwn(errors, path)) continue;
      errors[path] = {
        type: issue.code ?? "invalid",
        message: issueMessage(field ? { ...issue, path: [name, ...issue.path] } : issue),
      };
    }
    return { values: {}, errors };
  };
}
