import type { BrowserCommand } from "vitest/node";

/**
 * Emulates the OS colour scheme (`prefers-color-scheme`) in the test page, through Playwright.
 * Used by the browser suites: `await commands.emulateColorScheme("dark")`.
 */
export const emulateColorScheme: BrowserCommand<["light" | "dark" | null]> = async (context, scheme) => {
  const page = (context as unknown as { page: { emulateMedia(options: object): Promise<void> } }).page;
  await page.emulateMedia({ colorScheme: scheme });
};

interface PlaywrightContext {
  page: { screenshot(options: object): Promise<Buffer> };
  frame(): Promise<{ frameElement(): Promise<{ boundingBox(): Promise<{ x: number; y: number } | null> }> }>;
}

/**
 * A PNG (base64) of a rectangle of the test page, in CSS pixels of its viewport: small and fast, for comparing the
 * pixels of one control before and after it gains focus.
 */
export const screenshotRegion: BrowserCommand<[number, number, number, number]> = async (
  context,
  x,
  y,
  width,
  height,
) => {
  const { page, frame } = context as unknown as PlaywrightContext;
  const iframe = await (await frame()).frameElement();
  const origin = (await iframe.boundingBox()) ?? { x: 0, y: 0 };
  const png = await page.screenshot({
    clip: { x: origin.x + x, y: origin.y + y, width, height },
    animations: "disabled",
    caret: "hide",
  });
  return png.toString("base64");
};

interface MouseContext {
  page: {
    mouse: {
      move(x: number, y: number, options?: object): Promise<void>;
      down(): Promise<void>;
      up(): Promise<void>;
    };
  };
  frame(): Promise<{ frameElement(): Promise<{ boundingBox(): Promise<{ x: number; y: number } | null> }> }>;
}

/**
 * A real mouse drag through Playwright (press at the first point, move through the rest in 5 steps each, release),
 * in CSS pixels of the test page's viewport: what a pointer user does to a slider.
 */
export const mouseDrag: BrowserCommand<[Array<[number, number]>]> = async (context, points) => {
  const { page, frame } = context as unknown as MouseContext;
  const iframe = await (await frame()).frameElement();
  const origin = (await iframe.boundingBox()) ?? { x: 0, y: 0 };
  const [first, ...rest] = points;
  if (!first) return;
  await page.mouse.move(origin.x + first[0], origin.y + first[1]);
  await page.mouse.down();
  for (const [x, y] of rest) await page.mouse.move(origin.x + x, origin.y + y, { steps: 5 });
  await page.mouse.up();
};

interface CdpContext {
  page: {
    context(): { newCDPSession(page: unknown): Promise<{ send(method: string, params?: object): Promise<unknown> }> };
  };
  frame(): Promise<{ frameElement(): Promise<{ boundingBox(): Promise<{ x: number; y: number } | null> }> }>;
}

/**
 * A real touch drag through the Chrome DevTools Protocol (one finger: down at the first point, moved through the
 * rest in 5 steps each, lifted), in CSS pixels of the test page's viewport: what a phone user does to a slider.
 */
export const touchDrag: BrowserCommand<[Array<[number, number]>]> = async (context, points) => {
  const { page, frame } = context as unknown as CdpContext;
  const cdp = await page.context().newCDPSession(page);
  const iframe = await (await frame()).frameElement();
  const origin = (await iframe.boundingBox()) ?? { x: 0, y: 0 };
  const at = ([x, y]: [number, number]) => ({ x: origin.x + x, y: origin.y + y });
  const [first, ...rest] = points;
  if (!first) return;
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [at(first)] });
  let from = first;
  for (const to of rest) {
    for (let step = 1; step <= 5; step++) {
      const point: [number, number] = [
        from[0] + ((to[0] - from[0]) * step) / 5,
        from[1] + ((to[1] - from[1]) * step) / 5,
      ];
      await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [at(point)] });
    }
    from = to;
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
};

declare module "vitest/browser" {
  interface BrowserCommands {
    emulateColorScheme(scheme: "light" | "dark" | null): Promise<void>;
    screenshotRegion(x: number, y: number, width: number, height: number): Promise<string>;
    mouseDrag(points: Array<[number, number]>): Promise<void>;
    touchDrag(points: Array<[number, number]>): Promise<void>;
  }
}
