#!/usr/bin/env node
// Checks what users install: packs each package with `pnpm pack` (workspace: versions replaced, as published),
// then checks the tarball: README and LICENSE present, nothing but dist/ besides them, no declaration maps, source
// maps self-contained, no `workspace:` left, a server-safe core entry (no React, no "use client"), and runs
// `publint --strict` and `attw --profile esm-only` on it. Needs `pnpm build` first. Exits 1 on any problem.
//
//   node scripts/check-packages.mjs
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const problems = [];
const fail = (pkg, message) => problems.push(`${pkg}: ${message}`);

/** Imports a server must not load from `@model-forms/forms/core`. */
const CLIENT_ONLY = /^(react|react-dom|react-hook-form|@radix-ui\/|@tanstack\/react-)/;

const PACKAGES = [{ dir: "packages/client" }, { dir: "packages/forms", serverEntry: "dist/core.js" }];

/** Relative imports of an ES module, followed transitively: every file a server would load through `entry`. */
function moduleGraph(dir, entry) {
  const seen = new Map();
  const visit = (file) => {
    if (seen.has(file)) return;
    const text = readFileSync(path.join(dir, file), "utf8");
    seen.set(file, text);
    for (const [, spec] of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["']([^"']+)["']/g)) {
      if (spec.startsWith(".")) visit(path.join(path.dirname(file), spec));
    }
  };
  visit(entry);
  return seen;
}

function checkPackage({ dir, serverEntry }) {
  const pkgDir = path.join(root, dir);
  const { name, exports = {} } = JSON.parse(readFileSync(path.join(pkgDir, "package.json"), "utf8"));
  // Stylesheets are exports too, with no types to check: attw skips every `*.css` entry point.
  const attwExclude = Object.keys(exports)
    .filter((key) => key.endsWith(".css"))
    .map((key) => key.replace(/^\.\//, ""));
  const out = mkdtempSync(path.join(tmpdir(), "mf-pack-"));
  try {
    execFileSync("pnpm", ["pack", "--pack-destination", out], { cwd: pkgDir, stdio: ["ignore", "pipe", "pipe"] });
    const tarball = execFileSync("sh", ["-c", `ls "${out}"/*.tgz`])
      .toString()
      .trim();
    execFileSync("tar", ["-xzf", tarball, "-C", out]);
    const unpacked = path.join(out, "package");
    const files = execFileSync("tar", ["-tzf", tarball]).toString().trim().split("\n");
    const shipped = new Set(files.map((f) => f.replace(/^package\//, "")));
    console.log(`${name}: ${shipped.size} files, ${(readFileSync(tarball).length / 1000).toFixed(1)} kB packed`);

    for (const required of ["README.md", "LICENSE", "package.json"])
      if (!shipped.has(required)) fail(name, `${required} missing from the tarball`);
    for (const file of shipped) {
      if (!/^(dist\/|README\.md$|LICENSE$|package\.json$)/.test(file)) fail(name, `ships ${file} (not needed)`);
      if (file.endsWith(".d.ts.map")) fail(name, `ships a declaration map ${file} (it points at unshipped src/)`);
    }
    for (const file of [...shipped].filter((f) => f.endsWith(".js.map"))) {
      const map = JSON.parse(readFileSync(path.join(unpacked, file), "utf8"));
      map.sources.forEach((source, index) => {
        const inline = typeof map.sourcesContent?.[index] === "string";
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), source));
        if (!inline && !shipped.has(target))
          fail(name, `${file} points at ${source}, which is neither shipped nor inlined`);
      });
    }
    const manifest = readFileSync(path.join(unpacked, "package.json"), "utf8");
    if (manifest.includes("workspace:")) fail(name, "package.json still says workspace:");

    if (serverEntry) {
      for (const [file, text] of moduleGraph(unpacked, serverEntry)) {
        if (/^\s*["']use client["']/.test(text)) fail(name, `${file} (loaded by ${serverEntry}) says "use client"`);
        for (const [, spec] of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["']([^"']+)["']/g))
          if (CLIENT_ONLY.test(spec)) fail(name, `${file} (loaded by ${serverEntry}) imports ${spec}`);
      }
    }

    const run = (tool, args) => {
      try {
        execFileSync(bin(tool), args, { cwd: out, stdio: ["ignore", "pipe", "pipe"] });
      } catch (error) {
        fail(name, `${tool} failed:\n${error.stdout}${error.stderr}`);
      }
    };
    run("publint", ["run", "--strict", tarball]);
    const exclude = attwExclude.length ? ["--exclude-entrypoints", ...attwExclude] : [];
    run("attw", [tarball, "--profile", "esm-only", "--no-emoji", "--no-color", ...exclude]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

for (const pkg of PACKAGES) {
  if (!existsSync(path.join(root, pkg.dir, "dist"))) fail(pkg.dir, "no dist/: run `pnpm build` first");
  else checkPackage(pkg);
}
if (problems.length) {
  console.error(`\nPackage check failed:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log("Packages OK: README, LICENSE, dist only, no declaration maps, server-safe core, publint, attw.");
