import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

// Runs the real budget script on the sources, so the result does not depend on whether `pnpm build` ran first.
function size(...args: string[]) {
  const run = spawnSync(process.execPath, ["scripts/size.mjs", "--from-source", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, SIZE_BUDGETS: "" },
    timeout: 110_000,
  });
  return { code: run.status, out: `${run.stdout}\n${run.stderr}` };
}

function budgetFile(budgets: Record<string, number | null>): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "size-budget-")), "budgets.json");
  writeFileSync(file, JSON.stringify(budgets));
  return file;
}

// The real budgets are enforced on what ships by `pnpm size` (dist/, after `pnpm build`) in `pnpm check`; these
// tests check the script's own behaviour on one small entry.
describe("scripts/size.mjs", () => {
  it("exits 1 and marks the row OVER when a budget is exceeded", () => {
    const { code, out } = size("--only", "client-own", "--budgets", budgetFile({ "client-own": 1 }));
    expect(out).toMatch(/\| client-own \|[^\n]*\| 0\.0 kB \| OVER \|/);
    expect(out).toContain("Budget exceeded or not measurable: client-own");
    expect(code).toBe(1);
  });

  it("exits 0 when every entry fits its budget", () => {
    const { code, out } = size("--only", "client-own", "--budgets", budgetFile({ "client-own": 1_000_000 }));
    expect(out).toMatch(/\| client-own \|[^\n]*\| ok \|/);
    expect(code).toBe(0);
  });

  it("never fails on a row without a budget (a reference)", () => {
    const { code, out } = size("--only", "client-own", "--budgets", budgetFile({ "client-own": null }));
    expect(out).toMatch(/\| client-own \|[^\n]*\| – \| ref \|/);
    expect(code).toBe(0);
  });

  it("measures the stylesheet as minified CSS", () => {
    const { code, out } = size("--only", "styles-css", "--budgets", budgetFile({ "styles-css": 1 }));
    expect(out).toMatch(/\| styles-css \| [\d.]+ kB \|[^\n]*\| OVER \|/);
    expect(code).toBe(1);
  });
});
