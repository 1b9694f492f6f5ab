import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { FONTS } from '../documents/fonts.js';
import { readStatic, type StaticFile } from './static-files.js';

/** Where `npm run build:console` writes the console. */
export const CONSOLE_DIST = fileURLToPath(new URL('../../console/dist', import.meta.url));

function send(reply: FastifyReply, file: StaticFile) {
  return reply
    .header('content-type', file.type)
    .header('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
    .header('x-content-type-options', 'nosniff')
    .send(file.body);
}

/**
 * Serves the built console at `/console/`. The files are public (`public: true`); the console signs
 * in with an API key kept in the browser and sends it to `/v1`. Any path that is not a file gets
 * index.html, so a reload on a console page works.
 */
export function consoleRoutes(root = CONSOLE_DIST): FastifyPluginAsyncTypebox {
  const config = { public: true };
  const schema = { hide: true };
  return async (app) => {
    app.get('/console', { config, schema }, async (_req, reply) => reply.redirect('/console/'));
    // Japanese glyphs for browsers without a Japanese system font (a bare Linux, CI's Chromium): the
    // stylesheet names this family last and only for CJK code points, so it is fetched only then.
    const fonts: Record<string, string> = {
      'noto-sans-jp-400.ttf': FONTS.regular,
      'noto-sans-jp-700.ttf': FONTS.bold,
    };
    app.get('/console/fonts/:file', { config, schema }, async (req, reply) => {
      const path = fonts[(req.params as { file: string }).file];
      if (!path) return reply.code(404).send();
      return send(reply, { body: await readFile(path), type: 'font/ttf', immutable: true });
    });
    app.get('/console/*', { config, schema }, async (req, reply) => {
      const rest = (req.params as { '*': string })['*'];
      const file = (rest && (await readStatic(root, rest))) || (await readStatic(root, 'index.html'));
      if (!file) {
        return reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send('The console is not built. Run `npm run build:console` and reload.');
      }
      return send(reply, file);
    });
  };
}
