// Screenshots of the styling states (light, dark, 375 px, shadcn host, an open Select, errors shown) from the built
// Storybook, in headless Debian chromium driven by Playwright.
// Usage: pnpm build-storybook && node scripts/screenshot-styles.mjs [outDir]
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright";

const outDir = process.argv[2] ?? "screenshots";
const port = Number(process.env.PORT ?? 6008);
const ready = '[data-mf-slot="form"][data-state="ready"]';
const form = "components-modelparameterform";
/** `act` runs after the story is ready, e.g. to open a Select or submit the form. */
const shots = [
  { name: "styles-light", id: `${form}--every-field-kind`, wait: ready, width: 720 },
  { name: "styles-dark", id: `${form}--dark-theme`, wait: ready, width: 720 },
  { name: "styles-375", id: `${form}--every-field-kind`, wait: ready, width: 375 },
  { name: "styles-320-playground", id: "playground--playground", wait: ready, width: 320 },
  { name: "styles-shadcn-light", id: "examples-in-a-shadcn-app--light", wait: ready, width: 1200 },
  { name: "styles-shadcn-dark", id: "examples-in-a-shadcn-app--dark", wait: ready, width: 1200, globals: "theme:dark" },
  {
    name: "styles-select-open",
    id: `${form}--every-field-kind`,
    wait: ready,
    width: 720,
    height: 900,
    fullPage: false,
    act: async (page) => {
      await page.getByRole("combobox", { name: "Quality" }).focus();
      await page.keyboard.press("Enter");
      await page.getByRole("option", { name: "standard" }).waitFor();
      await page.keyboard.press("ArrowDown");
    },
  },
  {
    name: "styles-errors",
    id: `${form}--invalid`,
    wait: ready,
    width: 720,
    act: async (page) => {
      await page.getByRole("alert").first().waitFor();
      await page.getByRole("textbox", { name: "Prompt" }).focus();
    },
  },
  {
    name: "styles-errors-dark",
    id: `${form}--invalid`,
    wait: ready,
    width: 720,
    globals: "theme:dark",
    act: async (page) => {
      await page.getByRole("alert").first().waitFor();
      await page.getByRole("textbox", { name: "Prompt" }).focus();
    },
  },
  {
    name: "styles-slider-focus",
    id: "fields-sliderfield--all-states",
    wait: '[data-mf-slot="slider-thumb"]',
    width: 720,
    act: async (page) => {
      await page.keyboard.press("Tab");
      await page.getByRole("slider").first().focus();
    },
  },
  {
    name: "styles-references",
    id: "fields-imagereferencesfield--all-states",
    wait: '[data-mf-slot="reference"]',
    width: 375,
  },
  {
    name: "styles-toggle",
    id: "components-modelparameterform--every-field-kind",
    wait: ready,
    width: 375,
    act: async (page) => {
      await page.getByText("Advanced").click();
    },
  },
];

mkdirSync(outDir, { recursive: true });
const server = spawn(
  "python3",
  ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", "storybook-static"],
  { stdio: "ignore" },
);
const only = process.env.ONLY?.split(",");
try {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  for (const shot of shots) {
    if (only && !only.includes(shot.name)) continue;
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height ?? 700 } });
    const globals = shot.globals ? `&globals=${shot.globals}` : "";
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${shot.id}&viewMode=story${globals}`, {
      waitUntil: "networkidle",
    });
    await page.waitForSelector(shot.wait, { timeout: 60_000 });
    await page.waitForTimeout(800); // let the play function's last state settle
    if (shot.act) await shot.act(page);
    await page.waitForTimeout(300);
    const path = join(outDir, `${shot.name}.png`);
    await page.screenshot({ path, fullPage: shot.fullPage ?? true });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    console.log(`${path}  (${shot.id}, ${shot.width} px, horizontal overflow ${overflow} px)`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
