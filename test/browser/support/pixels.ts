import { commands, userEvent } from "vitest/browser";

/** A screenshot of a rectangle of the page, as pixels. */
export interface Shot {
  data: Uint8ClampedArray;
  width: number;
  height: number;
  /** Image pixels per CSS pixel. */
  scale: number;
}

/** A rectangle in CSS pixels of the viewport. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box of an element grown by `grow` px on every side (to take in an outline), snapped to whole pixels. */
export function boxOf(element: Element, grow = 0): Box {
  const rect = element.getBoundingClientRect();
  const x = Math.floor(rect.left - grow);
  const y = Math.floor(rect.top - grow);
  return { x, y, width: Math.ceil(rect.right + grow) - x, height: Math.ceil(rect.bottom + grow) - y };
}

/** Takes a screenshot of a rectangle of the page (through Playwright) and decodes it into pixels. */
export async function shoot(box: Box): Promise<Shot> {
  const base64 = await commands.screenshotRegion(box.x, box.y, box.width, box.height);
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext("2d", { willReadFrequently: true }) as CanvasRenderingContext2D;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  return { data, width: image.width, height: image.height, scale: image.width / box.width };
}

type Rgb = [number, number, number];

function pixel(shot: Shot, x: number, y: number): Rgb | undefined {
  const px = Math.floor(x * shot.scale);
  const py = Math.floor(y * shot.scale);
  if (px < 0 || py < 0 || px >= shot.width || py >= shot.height) return undefined;
  const i = (py * shot.width + px) * 4;
  return [shot.data[i] ?? 0, shot.data[i + 1] ?? 0, shot.data[i + 2] ?? 0];
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: Rgb, b: Rgb): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** How many CSS pixels changed by at least 3:1 between two shots of the same box, and the best ratio seen. */
export function changedArea(before: Shot, after: Shot): { area: number; best: number } {
  let count = 0;
  let best = 1;
  for (let i = 0; i < before.data.length; i += 4) {
    const a: Rgb = [before.data[i] ?? 0, before.data[i + 1] ?? 0, before.data[i + 2] ?? 0];
    const b: Rgb = [after.data[i] ?? 0, after.data[i + 1] ?? 0, after.data[i + 2] ?? 0];
    const ratio = contrast(a, b);
    if (ratio > best) best = ratio;
    if (ratio >= 3) count += 1;
  }
  return { area: Math.round(count / (before.scale * before.scale)), best: Number(best.toFixed(2)) };
}

/** The 1 CSS px perimeter of an element's box (a circle's circumference when it is round). */
export function perimeter(element: Element): number {
  const { width, height } = element.getBoundingClientRect();
  const round = Number.parseFloat(getComputedStyle(element).borderTopLeftRadius) >= width / 2 - 0.5;
  return Math.round(round ? Math.PI * width : 2 * (width + height));
}

/**
 * The best contrast against the page background among the pixels just inside the left and right edges of a shot
 * taken `grow` px around a control, at mid height: the control's boundary (its border, or its fill).
 */
export function edgeContrast(shot: Shot, grow: number, background: Rgb): number {
  let best = 1;
  const width = shot.width / shot.scale;
  const midY = shot.height / shot.scale / 2;
  for (const x of [grow, grow + 1, grow + 2, width - grow - 1, width - grow - 2, width - grow - 3]) {
    const color = pixel(shot, x, midY);
    if (color) best = Math.max(best, contrast(color, background));
  }
  return Number(best.toFixed(2));
}

/** The colour of one point of a shot. */
export function colorAt(shot: Shot, x: number, y: number): Rgb {
  return pixel(shot, x, y) ?? [0, 0, 0];
}

/** Focuses an element the way a keyboard user would, so that :focus-visible applies to it. */
export async function keyboardFocus(element: HTMLElement): Promise<void> {
  await userEvent.keyboard("{Shift}");
  element.focus();
}
