#!/usr/bin/env node
// The `tariff` command. Tariff runs from its TypeScript sources through tsx, so there is no
// build step between a clone and a running server.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
