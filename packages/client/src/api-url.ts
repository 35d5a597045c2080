/**
 * `href` resolved against `against` when it is an http(s) URL on `origin` whose path (dot segments and
 * their percent-encoded spellings resolved) lies under `prefix/`; else why not: `cross_origin_url` or `unsafe_url`.
 *
 * @example
 * ```ts
 * apiUrl("../../admin/keys", "https://nano-gpt.com/api/v1/", "/api/v1/images/models", "https://nano-gpt.com"); // "unsafe_url"
 * ```
 */
export function apiUrl(
  href: string,
  against: string,
  prefix: string,
  origin: string,
): URL | "cross_origin_url" | "unsafe_url" {
  let url: URL;
  try {
    url = new URL(href, against);
  } catch {
    return "unsafe_url";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "unsafe_url";
  if (url.origin !== origin) return "cross_origin_url";
  // The URL parser already resolved `.`, `..` and `%2e` segments; an encoded dot, slash or backslash left in the
  // path could still be decoded into one by a lenient server.
  if (url.username || url.password || /%(2e|2f|5c)/i.test(url.pathname)) return "unsafe_url";
  return url.pathname.startsWith(`${prefix}/`) ? url : "unsafe_url";
}
