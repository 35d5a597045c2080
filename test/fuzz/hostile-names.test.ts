import { normalizeParameters } from "@model-forms/client";
import { compileParameterForm, humanizeLabel } from "@model-forms/forms/core";
import { describe, expect, it } from "vitest";

/**
 * Regressions found by the fuzz suite, pinned to exact inputs. Catalog keys are data: a parameter named after an
 * Object.prototype member, or one with no letters, still gets a visible, non-empty string label.
 */

describe("labels for hostile parameter names", () => {
  it.each(["toString", "valueOf", "constructor", "hasOwnProperty", "__defineGetter__", "isPrototypeOf"])(
    "humanizeLabel(%j) is a non-empty string",
    (name) => {
      const label = humanizeLabel(name);
      expect(typeof label).toBe("string");
      expect(label.trim()).not.toBe("");
    },
  );

  it("a word that names an Object.prototype member is not replaced by a function's source", () => {
    expect(humanizeLabel("model_constructor")).toBe("Model constructor");
  });

  it.each(["", " ", "_", "-", "__"])(
    "a parameter named %j gets a non-empty label (or is dropped with a warning)",
    (name) => {
      const { parameters } = normalizeParameters({ [name]: { type: "enum", values: ["a", "b"] } });
      const form = compileParameterForm(parameters);
      for (const field of form.fields) expect(field.label.trim()).not.toBe("");
    },
  );

  it("compileParameterForm gives a `toString` enum a string label", () => {
    const { parameters } = normalizeParameters({ toString: { type: "enum", values: ["a", "b"] } });
    const field = compileParameterForm(parameters).fields.find((f) => f.name === "toString");
    expect(field).toBeDefined();
    expect(typeof field?.label).toBe("string");
  });
});
