// Screenshots of built stories (storybook-static) in headless Debian chromium, driven by Playwright: the global MSW
// loader never finishes under chromium's --virtual-time-budget, so the CLI --screenshot flag cannot be used.
// Usage: pnpm build-storybook && node scripts/screenshot-stories.mjs [outDir]
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright";

const outDir = process.argv[2] ?? "screenshots";
const port = Number(process.env.PORT ?? 6007);
const shots = [
  { name: "playground", id: "playground--playground", wait: '[data-mf-slot="results-list"] img', width: 1360 },
  {
    name: "playground-dark",
    id: "playground--playground",
    globals: "theme:dark",
    wait: '[data-mf-slot="results-list"] img',
    width: 1360,
  },
  { name: "playground-375", id: "playground--playground", wait: '[data-mf-slot="results-list"] img', width: 375 },
  {
    name: "legacy-shape",
    id: "components-modelparameterform--legacy-shape",
    wait: '[data-mf-slot="form"][data-state="ready"]',
  },
  { name: "image-to-image", id: "components-modelparameterform--image-to-image", wait: '[data-mf-slot="reference"]' },
  {
    name: "dark-theme",
    id: "components-modelparameterform--dark-theme",
    wait: '[data-mf-slot="form"][data-state="ready"]',
  },
  // Issue 14's widgets, every state, light and dark.
  ...[
    "resolutionfield--all-states",
    "resolutionfield--select-beyond-twelve",
    "resolutionfield--joined-open-router",
    "seedfield--all-states",
    "searchableselectfield--open",
    "imagereferencesfield--all-states",
  ].flatMap((story) =>
    ["light", "dark"].map((theme) => ({
      name: `widget-${story.replace(/--/, "-")}-${theme}`,
      id: `fields-${story}`,
      globals: theme === "dark" ? "theme:dark" : undefined,
      wait: "[data-mf-root]",
      width: 720,
    })),
  ),
];

mkdirSync(outDir, { recursive: true });
const server = spawn(
  "python3",
  ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", "storybook-static"],
  {
    stdio: "ignore",
  },
);
try {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width ?? 1024, height: 700 } });
    const globals = shot.globals ? `&globals=${shot.globals}` : "";
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${shot.id}&viewMode=story${globals}`, {
      waitUntil: "networkidle",
    });
    await page.waitForSelector(shot.wait, { timeout: 60_000 });
    await page.waitForTimeout(300); // let the play function's last state settle
    const path = join(outDir, `${shot.name}.png`);
    await page.screenshot({ path, fullPage: true });
    console.log(`${path}  (${shot.id})`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
