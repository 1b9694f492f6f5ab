import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * `engines` must be true: every installed package (production and dev, at any depth) must
 * support the oldest Node that package.json accepts. A dependency update that needs a newer Node
 * fails here instead of on a user's machine. Overrides in package.json pin the few transitive
 * packages whose newest versions need Node 22.
 */
describe('engines', () => {
  it("every installed package supports package.json's minimum Node", () => {
    const root = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    const minimum = semver.minVersion(root.engines.node)?.version;
    expect(minimum).toBeDefined();
    const unsupported: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        if (name.startsWith('.')) continue;
        const path = join(dir, name);
        if (name.startsWith('@')) {
          walk(path);
          continue;
        }
        const manifest = join(path, 'package.json');
        if (!existsSync(manifest)) continue;
        const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
          name: string;
          version: string;
          engines?: { node?: string };
        };
        const wanted = pkg.engines?.node;
        if (wanted && minimum && !semver.satisfies(minimum, wanted))
          unsupported.push(`${pkg.name}@${pkg.version} needs ${wanted}`);
        if (existsSync(join(path, 'node_modules'))) walk(join(path, 'node_modules'));
      }
    };
    walk('node_modules');
    expect(unsupported).toEqual([]);
  });
});
