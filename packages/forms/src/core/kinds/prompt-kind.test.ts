import { describe, expect, it } from "vitest";
import { compilePromptField } from "./prompt-kind";

describe("compilePromptField", () => {
  it("is a required, trimmed string by default", () => {
    const field = compilePromptField();
    expect(field).toMatchObject({
      name: "prompt",
      widget: "prompt",
      defaultValue: "",
      constraints: { required: true },
    });
    expect(field.schema.safeParse("   ").success).toBe(false);
    expect(field.schema.parse("  a fox  ")).toBe("a fox");
  });

  it("limits the length", () => {
    const field = compilePromptField({ maxLength: 5 });
    expect(field.hint).toBe("Up to 5 characters");
    expect(field.schema.safeParse("abcde").success).toBe(true);
    expect(field.schema.safeParse("abcdef").success).toBe(false);
  });

  it("can be optional", () => {
    const field = compilePromptField({ required: false });
    expect(field.schema.safeParse("").success).toBe(true);
    expect(field.schema.safeParse(undefined).success).toBe(true);
  });
});
