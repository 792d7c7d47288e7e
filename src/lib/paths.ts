/**
 * The one place URLs inside the site are built. The base path may be "/", "/mentoring"
 * or "/mentoring/" depending on configuration; page paths always end in a slash
 * (trailingSlash: 'always'), file paths (with an extension) never do.
 */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.replace(/^\/+|\/+$/g, '');
  const [pathPart = '', suffix = ''] = splitSuffix(path);
  const trimmedPath = pathPart.replace(/^\/+/, '');
  const joined = '/' + [trimmedBase, trimmedPath].filter(Boolean).join('/');
  const isFile = /\.[a-z0-9]+$/i.test(trimmedPath);
  const withSlash = isFile || joined.endsWith('/') ? joined : `${joined}/`;
  return withSlash + suffix;
}

/** Splits "a/b/?q=1#x" into ["a/b/", "?q=1#x"]. */
function splitSuffix(path: string): [string, string] {
  const index = path.search(/[?#]/);
  return index === -1 ? [path, ''] : [path.slice(0, index), path.slice(index)];
}

/** A site-internal URL under the configured base path. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The URL of an article page. */
export function articlePath(id: string): string {
  return withBase(`/articles/${id}/`);
}

/** Removes the base path from a pathname, e.g. to compare the current page with a link. */
export function stripBase(base: string, pathname: string): string {
  const prefix = joinBase(base, '/');
  return pathname.startsWith(prefix) ? '/' + pathname.slice(prefix.length) : pathname;
}
