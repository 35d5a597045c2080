import { expect, it } from "vitest";
import { testContext, unknownParam } from "../__fixtures__/descriptors";
import { unknownKind } from "./unknown-kind";

it("leaves out unknown kinds with an unknown_kind warning", () => {
  const context = testContext();
  expect(unknownKind.compile(unknownParam("style"), context)).toBeNull();
  expect(context.warnings.map((w) => w.code)).toEqual(["unknown_kind"]);
});
