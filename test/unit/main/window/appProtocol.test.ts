import { mkdtemp, mkdir, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from '../../../../src/main/window/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../../src/main/window/contentSecurityPolicy';

let root: string;
let handle: ReturnType<typeof createAppRequestHandler>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rapporteur-protocol-'));
  await mkdir(join(root, 'renderer', 'assets'), { recursive: true });
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'secret');
  handle = createAppRequestHandler(join(root, 'renderer'), (path) => readFile(path));
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('the app:// protocol handler', () => {
  it('serves the renderer files with their type and the CSP', async () => {
    const response = await handle({ url: 'app://rapporteur/assets/app.js' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('console.log(1)');
    expect(await (await handle({ url: 'app://rapporteur/' })).text()).toContain('<title>app</title>');
  });

  it.each([
    'app://rapporteur/../secret.txt',
    'app://rapporteur/%2e%2e/secret.txt',
    'app://rapporteur/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://rapporteur/%00index.html',
    'app://other/index.html',
    'https://rapporteur/index.html',
    'app://rapporteur/missing.js',
    'app://rapporteur/%E0%A4%A',
  ])('answers 404 to %s', async (url) => {
    const response = await handle({ url });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('the CSP forbids remote scripts, eval, inline script and remote images', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['img-src']).toEqual(["'self'", 'data:', 'blob:']);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  it('the CSP lets only the app\'s own script files start workers (the spelling worker), never blob: or data: code', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['worker-src']).toEqual(["'self'"]);
    expect(directives['child-src']).toBeUndefined();
  });

  it("index.html's meta tag repeats the header's policy (but frame-ancestors, which a meta tag cannot carry)", async () => {
    const html = await readFile(join(__dirname, '../../../../src/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/u.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; '));
  });
});
