import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleRoutes } from './routes.js';
import { readStatic } from './static-files.js';

describe('console static files', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tariff-console-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    await writeFile(join(root, '..', 'secret.txt'), 'outside');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
    await rm(join(root, '..', 'secret.txt'), { force: true });
  });

  it.each([
    ['index.html', 'text/html; charset=utf-8', false],
    ['assets/index-abc123.js', 'text/javascript; charset=utf-8', true],
  ])('reads %s as %s', async (path, type, immutable) => {
    const file = await readStatic(root, path);
    expect(file?.type).toBe(type);
    expect(file?.immutable).toBe(immutable);
  });

  it.each([
    '../secret.txt',
    '..%2Fsecret.txt',
    'assets/../../secret.txt',
    '/etc/passwd',
    'missing.js',
    'assets',
  ])('refuses %s', async (path) => {
    expect(await readStatic(root, path)).toBeUndefined();
  });

  it('serves the console, falls back to index.html, redirects /console', async () => {
    const app = Fastify();
    await app.register(consoleRoutes(root));
    const index = await app.inject({ url: '/console/' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toContain('text/html');
    expect(index.headers['cache-control']).toBe('no-cache');
    const asset = await app.inject({ url: '/console/assets/index-abc123.js' });
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['cache-control']).toContain('immutable');
    const deep = await app.inject({ url: '/console/customers/cus_1' });
    expect(deep.body).toContain('id="root"');
    const traversal = await app.inject({ url: '/console/..%2F..%2Fsecret.txt' });
    expect(traversal.body).not.toContain('outside');
    // Decoded once by the router; a second decode of '%' threw (a 500).
    const percent = await app.inject({ url: '/console/%25' });
    expect(percent.statusCode).toBe(200);
    expect(percent.body).toContain('id="root"');
    const bare = await app.inject({ url: '/console' });
    expect(bare.statusCode).toBe(302);
    expect(bare.headers.location).toBe('/console/');
    await app.close();
  });

  it('says how to build the console when it is not built', async () => {
    const app = Fastify();
    await app.register(consoleRoutes(join(root, 'nope')));
    const res = await app.inject({ url: '/console/' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build:console');
    await app.close();
  });
});
