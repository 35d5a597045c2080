import { HttpResponse, http, passthrough } from "msw";
import { catalogRoutes, fakeImageSvg } from "../fixtures/catalog";

/** Where the stories' client points; MSW answers there in `embedded` mode. */
export const STORY_BASE_URL = "https://nano-gpt.com";

export type CatalogSource = "embedded" | "live";

let source: CatalogSource = "embedded";

/** Set by a loader before each story renders, from the `source` toolbar global. */
export function setCatalogSource(next: CatalogSource): void {
  source = next;
}

async function answer({ request }: { request: Request }) {
  if (source === "live") return passthrough();
  const body =
    request.method === "POST"
      ? await request
          .clone()
          .json()
          .catch(() => undefined)
      : undefined;
  const response = catalogRoutes(request.method, new URL(request.url).pathname, body);
  if (!response) return passthrough();
  return HttpResponse.json(response.body, {
    status: response.status,
    headers: { "access-control-allow-origin": "*" },
  });
}

/** Reference-image URLs used by the stories (https://example.com/…) answer with a small SVG offline. */
function exampleImage({ request }: { request: Request }) {
  if (source === "live") return passthrough();
  return new HttpResponse(fakeImageSvg(new URL(request.url).pathname), {
    headers: { "content-type": "image/svg+xml", "access-control-allow-origin": "*" },
  });
}

/** The embedded catalog, served at the NanoGPT origin and at same-origin relative paths. */
export const catalogHandlers = [
  http.get("https://example.com/*", exampleImage),
  http.all(`${STORY_BASE_URL}/api/v1/images`, answer),
  http.all(`${STORY_BASE_URL}/api/v1/images/*`, answer),
  http.all("/api/v1/images", answer),
  http.all("/api/v1/images/*", answer),
];
