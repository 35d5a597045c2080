import { describe, expect, it } from "vitest";
import { drawSeed, nextSeed, SEED_MODES, seedBounds, seedToSend } from "./seed";

const bounds = { min: 0, max: 9 };

describe("seed helpers", () => {
  it("lists the modes", () => {
    expect(SEED_MODES).toEqual(["random", "fixed", "increment"]);
  });

  it("draws uniformly within the bounds, inclusive", () => {
    expect(drawSeed(bounds, () => 0)).toBe(0);
    expect(drawSeed(bounds, () => 0.999999)).toBe(9);
    expect(drawSeed({ min: 5, max: 5 }, Math.random)).toBe(5);
    for (let i = 0; i < 200; i++) {
      const seed = drawSeed();
      expect(Number.isInteger(seed) && seed >= 0 && seed <= 2 ** 32 - 1).toBe(true);
    }
  });

  it("seedToSend: random leaves it unset unless the field is required or a draw is asked for", () => {
    expect(seedToSend("random", 3, { bounds })).toBeUndefined();
    expect(seedToSend("random", 3, { bounds, required: true, random: () => 0.5 })).toBe(5);
    expect(seedToSend("random", undefined, { bounds, draw: true, random: () => 0.1 })).toBe(1);
  });

  it("seedToSend: fixed and increment send the value, drawing one when there is none", () => {
    expect(seedToSend("fixed", 0, { bounds })).toBe(0);
    expect(seedToSend("increment", 7, { bounds })).toBe(7);
    expect(seedToSend("fixed", undefined, { bounds, random: () => 0.3 })).toBe(3);
  });

  it("nextSeed: control after generate", () => {
    expect(nextSeed("fixed", 4, bounds)).toBe(4);
    expect(nextSeed("increment", 4, bounds)).toBe(5);
    expect(nextSeed("increment", 9, bounds)).toBe(0);
    expect(nextSeed("increment", 2 ** 32 - 1)).toBe(0);
    expect(nextSeed("random", 4, bounds)).toBeUndefined();
    expect(nextSeed("fixed", undefined, bounds)).toBeUndefined();
  });

  it("seedBounds: published bounds, else unsigned 32-bit", () => {
    expect(seedBounds({ constraints: { required: false, min: 1, max: 100 } })).toEqual({ min: 1, max: 100 });
    expect(seedBounds({ constraints: { required: false } })).toEqual({ min: 0, max: 2 ** 32 - 1 });
    expect(seedBounds({ constraints: { required: false, min: 0, max: 1e300 } })).toEqual({
      min: 0,
      max: Number.MAX_SAFE_INTEGER,
    });
  });
});
