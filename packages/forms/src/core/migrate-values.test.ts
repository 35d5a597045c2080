import { describe, expect, it } from "vitest";
import { enumParam, flagParam, rangeParam } from "./__fixtures__/descriptors";
import { compileParameterForm } from "./compile-parameter-form";
import { migrateValues } from "./migrate-values";

const formA = compileParameterForm([
  enumParam("resolution", ["1:1", "16:9", "4k"], { default: "1:1" }),
  enumParam("quality", ["low", "high"]),
  rangeParam("n", 1, 8, { default: 1 }),
  rangeParam("strength", 0, 1, { integer: false, default: 0.5 }),
  flagParam("seed", "integer"),
]);
const formB = compileParameterForm([
  enumParam("resolution", ["1:1", "16:9", "auto"], { default: "auto" }),
  rangeParam("n", 1, 4, { default: 1 }),
  rangeParam("steps", 1, 50, { default: 30 }),
  rangeParam("strength", 0, 10, { default: 5 }),
]);

describe("migrateValues", () => {
  it("keeps accepted values, clamps numbers, defaults missing enum values, drops missing fields, keeps the prompt", () => {
    const values = { prompt: "a fox", resolution: "4k", quality: "high", n: 7, strength: 0.6, seed: 42 };
    const { values: next, changes } = migrateValues(values, formB);
    expect(next).toEqual({ prompt: "a fox", resolution: "auto", n: 4, steps: 30, strength: 1 });
    expect(changes).toEqual([
      { field: "resolution", from: "4k", to: "auto", reason: "defaulted" },
      { field: "n", from: 7, to: 4, reason: "clamped" },
      { field: "strength", from: 0.6, to: 1, reason: "clamped" },
      { field: "quality", from: "high", to: undefined, reason: "dropped" },
      { field: "seed", from: 42, to: undefined, reason: "dropped" },
    ]);
  });

  it("does not list unchanged values", () => {
    const { values, changes } = migrateValues({ prompt: "p", resolution: "16:9", n: 2 }, formB);
    expect(values).toMatchObject({ resolution: "16:9", n: 2 });
    expect(changes).toEqual([]);
  });

  it("moves values still at the source default to the target default when `from` is given", () => {
    const { values, changes } = migrateValues({ ...formA.defaults, prompt: "p" }, formB, { from: formA });
    expect(values).toMatchObject({ resolution: "auto", n: 1, strength: 5 });
    expect(changes).toContainEqual({ field: "resolution", from: "1:1", to: "auto", reason: "defaulted" });
  });

  it("keeps the prompt even when the target has none", () => {
    const noPrompt = compileParameterForm([rangeParam("n", 1, 4)], { prompt: false });
    expect(migrateValues({ prompt: "keep me", n: 3 }, noPrompt)).toEqual({
      values: { prompt: "keep me", n: 3 },
      changes: [],
    });
  });

  it("gives fixed target fields their fixed value", () => {
    const fixed = compileParameterForm([rangeParam("n", 1, 4)], { fixed: { n: 2 } });
    expect(migrateValues({ prompt: "p", n: 3 }, fixed).values.n).toBe(2);
  });

  it("rounds onto integer ranges", () => {
    const { values, changes } = migrateValues({ prompt: "p", n: 2.4 }, formB);
    expect(values.n).toBe(2);
    expect(changes).toEqual([{ field: "n", from: 2.4, to: 2, reason: "clamped" }]);
  });
});
