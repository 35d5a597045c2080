// Renders the styled form (every parameter kind) in light and dark with Debian chromium and saves PNGs.
// Usage: node scripts/screenshot-form.mjs [outDir=/tmp/shots]
import { mkdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright";
import { workspaceAliases } from "./workspace-aliases.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = process.argv[2] ?? "/tmp/shots";
await mkdir(outDir, { recursive: true });

const bundle = await build({
  entryPoints: [`${root}scripts/screenshot-form.page.tsx`],
  bundle: true,
  write: false,
  format: "esm",
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  alias: workspaceAliases,
  logLevel: "warning",
});
const css = await readFile(`${root}packages/forms/src/styles/styles.css`, "utf8");
const script = bundle.outputFiles[0].text.replaceAll("</script", "<\\/script");

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const theme of ["light", "dark"]) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme: theme });
    page.on("pageerror", (error) => console.error(`[${theme}] page error:`, error.message));
    const html = `<!doctype html><html data-theme="${theme}"><head><meta charset="utf-8"><style>${css}
      body { margin: 0; background: var(--mf-bg); color: var(--mf-fg); font-family: var(--mf-font); }</style></head>
      <body><div id="root"></div><script type="module">${script}</script></body></html>`;
    await page.setContent(html, { waitUntil: "load" });
    await page.waitForSelector("#ready form[data-state=ready]");
    // Second form: submit empty to show errors (advanced opens on its own if needed), then open Advanced.
    await page.click("#invalid [data-mf-slot=submit]");
    await page.waitForSelector("#invalid [data-mf-slot=error]");
    await page.click("#invalid [data-mf-slot=advanced-summary]");
    await page.waitForTimeout(250); // let the chevron's rotation finish
    await page.focus("#ready [data-mf-slot=slider-thumb] >> nth=0");
    await page.screenshot({ path: `${outDir}/form-${theme}.png`, fullPage: true });
    // The open Select popover.
    await page.click("#ready [data-name=quality] [data-mf-slot=select-trigger]");
    await page.waitForSelector("[data-mf-slot=select-content]");
    await page.waitForTimeout(150);
    await page.screenshot({
      path: `${outDir}/select-open-${theme}.png`,
      clip: { x: 0, y: 0, width: 560, height: 520 },
    });
    await page.close();
    console.log(`saved ${outDir}/form-${theme}.png, ${outDir}/select-open-${theme}.png`);
  }
} finally {
  await browser.close();
}
