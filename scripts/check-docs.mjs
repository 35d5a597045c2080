#!/usr/bin/env node
// Checks the built Storybook (storybook-static/): every component the React entries of @model-forms/forms export
// has a Docs page, and that page renders, in headless Chromium, a description and a props table with rows, with no
// page error. Needs `pnpm build` (to list the exports) and `pnpm build-storybook` first. Exits 1 on any problem.
//
//   node scripts/check-docs.mjs
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const staticDir = path.join(root, "storybook-static");
const formsDir = path.join(root, "packages/forms");
const problems = [];

/** Exported components of every JS entry but the server one: PascalCase functions that are not classes. */
async function exportedComponents() {
  const { exports } = JSON.parse(readFileSync(path.join(formsDir, "package.json"), "utf8"));
  const names = new Set();
  for (const [entry, target] of Object.entries(exports)) {
    const file = typeof target === "string" ? target : target.import;
    if (entry === "./core" || !file?.endsWith(".js")) continue;
    const module = await import(pathToFileURL(path.join(formsDir, file)).href);
    for (const [name, value] of Object.entries(module))
      if (
        typeof value === "function" &&
        /^[A-Z][a-z]/.test(name) &&
        !/^class\b/.test(Function.prototype.toString.call(value))
      )
        names.add(name);
  }
  return [...names].sort();
}

const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };

/** storybook-static over HTTP on 127.0.0.1 (a file:// page stays blank). */
async function serveStatic() {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://sb.invalid").pathname);
    const file = path.join(staticDir, pathname === "/" ? "index.html" : pathname);
    try {
      if (!file.startsWith(staticDir)) throw new Error("outside");
      const bytes = await readFile(file);
      res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
      res.end(bytes);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

if (!existsSync(path.join(staticDir, "index.json"))) problems.push("no storybook-static/: run `pnpm build-storybook`");
else if (!existsSync(path.join(formsDir, "dist/index.js"))) problems.push("no packages/forms/dist: run `pnpm build`");
else {
  const components = await exportedComponents();
  const { entries } = JSON.parse(readFileSync(path.join(staticDir, "index.json"), "utf8"));
  const docs = Object.values(entries).filter((entry) => entry.type === "docs");
  const { server, origin } = await serveStatic();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    for (const name of components) {
      const entry = docs.find((candidate) => candidate.title.split("/").at(-1) === name);
      if (!entry) {
        problems.push(`${name}: no Docs page (a story file with \`component: ${name}\`)`);
        continue;
      }
      errors.length = 0;
      await page.goto(`${origin}/iframe.html?viewMode=docs&id=${entry.id}`);
      const rendered = await page
        .waitForSelector(".docblock-argstable tbody tr", { timeout: 30_000 })
        .then(() => true)
        .catch(() => false);
      const found = await page.evaluate(() => {
        const rows = [...document.querySelectorAll(".docblock-argstable tbody tr")].filter(
          (row) => !/No inputs found/i.test(row.textContent ?? ""),
        );
        // The description: what the page says between its title and its first story.
        const title = document.querySelector(".sbdocs-title");
        let description = "";
        for (let node = title?.nextElementSibling; node; node = node.nextElementSibling) {
          if (node.matches(".sbdocs-preview, .docs-story") || node.querySelector(".docs-story")) break;
          description += `${node.textContent ?? ""} `;
        }
        return { rows: rows.length, description: description.trim() };
      });
      const label = `${name} (${entry.id})`;
      if (!rendered || found.rows === 0) problems.push(`${label}: no props table rows`);
      if (found.description.length < 20) problems.push(`${label}: no description ("${found.description}")`);
      if (errors.length) problems.push(`${label}: page errors: ${errors.join("; ")}`);
      console.log(`${label}: ${found.rows} props, "${found.description.slice(0, 70)}…"`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (problems.length) {
  console.error(`\nDocs check failed:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log("Docs OK: every exported component has a Docs page with a description and a props table.");
