import { extname, join, normalize, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.dic': 'text/plain; charset=utf-8',
  '.aff': 'text/plain; charset=utf-8',
};

export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/**
 * Serves the renderer's built files for app://rapporteur/… and nothing else:
 * another host, a path that climbs out of the renderer folder, or a missing
 * file gets a 404, and every answer carries the CSP.
 */
export function createAppRequestHandler(rendererDir: string, readFile: (path: string) => Promise<Uint8Array>) {
  const root = normalize(rendererDir.endsWith(sep) ? rendererDir : rendererDir + sep);
  const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
  return async (request: { url: string }): Promise<Response> => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    const filePath = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
    if (!filePath.startsWith(root) || pathname.includes('\0')) return notFound();
    try {
      const body = await readFile(filePath);
      return new Response(body as unknown as ConstructorParameters<typeof Response>[0], {
        status: 200,
        headers: {
          'Content-Type': CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream',
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return notFound();
    }
  };
}
