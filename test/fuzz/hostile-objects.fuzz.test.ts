import { normalizeParameters, type ParameterDescriptor } from "@model-forms/client";
import { compileParameterForm, type FormValues, migrateValues, safeBuildImageRequest } from "@model-forms/forms/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldPath, publishedName } from "../../packages/forms/src/form/field-paths";
import { pathLikeKeys, supportedParameters } from "./catalog-arbitraries";
import { hostile, hostileKind, hostileRecord } from "./hostile-objects";
import { randomValidValues, rng } from "./random-values";

/**
 * "Never throws" and "names round-trip" under fast-check, with what JSON cannot carry: records hiding throwing
 * getters, Proxies (revoked too), cycles, 10,000-deep values and lists claiming 2^32 entries, and parameter names
 * that read as paths or prototype members.
 */

const RUNS = Number(process.env.FUZZ_HOSTILE ?? 400);

function wellFormed(descriptor: ParameterDescriptor): void {
  expect(typeof descriptor.name).toBe("string");
  if (descriptor.kind === "enum") {
    expect(descriptor.values.length).toBeGreaterThan(0);
    expect(new Set(descriptor.values).size).toBe(descriptor.values.length);
  }
}

describe("hostile objects through normalize -> compile -> request -> migrate", () => {
  it(`${RUNS} records with hostile values: results, never exceptions; one warning per key and code`, () => {
    fc.assert(
      fc.property(
        supportedParameters,
        fc.array(hostileKind, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (raw, kinds, seed) => {
          const record = hostileRecord(raw, kinds);
          const started = performance.now();
          const { parameters, warnings } = normalizeParameters(record);
          expect(performance.now() - started).toBeLessThan(2_000);
          parameters.forEach(wellFormed);
          const pairs = warnings.map((w) => `${w.code}\u0000${w.key ?? ""}`);
          expect(new Set(pairs).size).toBe(pairs.length);

          const form = compileParameterForm(parameters, { modelId: "fuzz/hostile" });
          const { values } = randomValidValues(form.fields, { ...form.defaults, prompt: "p" }, rng(seed));
          for (const kind of kinds) {
            const disguised = hostile(values, kind) as FormValues;
            const result = safeBuildImageRequest(form, disguised, kind === "plain" ? undefined : (disguised as never));
            if (result.success) expect(result.request.model).toBe("fuzz/hostile");
            else expect(result.error.name).toBe("ImageRequestValidationError");
            const migrated = migrateValues(disguised, form);
            expect(Object.getPrototypeOf(migrated.values)).toBe(Object.prototype);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe("published names and react-hook-form paths", () => {
  const name = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...pathLikeKeys) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
    { weight: 1, arbitrary: fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype)) },
  );

  it("every name maps to a plain react-hook-form key and back, and distinct names never share a path", () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 12 }), (names) => {
        const paths = names.map(fieldPath);
        for (const [index, path] of paths.entries()) {
          expect(path).toMatch(/^\w+$/);
          expect(path in Object.prototype || path === "root").toBe(false);
          expect(publishedName(path)).toBe(names[index]);
        }
        expect(new Set(paths).size).toBe(names.length);
      }),
      { numRuns: 2_000 },
    );
  });

  it("requests built from path-like names carry exactly the published keys", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...pathLikeKeys), { minLength: 1 }), (names) => {
        const parameters: ParameterDescriptor[] = names.map((n) => ({
          name: n,
          kind: "enum",
          source: "typed",
          sourceKey: n,
          values: ["a", "b"],
        }));
        const form = compileParameterForm(parameters, { modelId: "fuzz/names" });
        const values: FormValues = Object.fromEntries([["prompt", "p"], ...names.map((n) => [n, "b"])]);
        const result = safeBuildImageRequest(form, values);
        expect(result.success).toBe(true);
        if (result.success) {
          const kept = form.fields.map((f) => f.name).filter((n) => n !== "prompt");
          expect(Object.keys(result.request).sort()).toEqual(["model", "prompt", ...kept].sort());
        }
      }),
      { numRuns: 300 },
    );
  });
});
