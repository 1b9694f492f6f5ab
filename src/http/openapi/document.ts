import type { SwaggerOptions } from '@fastify/swagger';
import { withModeHeader } from './mode-header.js';
import { TAGS } from './tags.js';

const DESCRIPTION = `Usage-based billing: meters, pricing plans, subscriptions, invoices, credits, revenue.

Conventions: JSON in and out, snake_case; money and quantities are decimal **strings**
(\`"25000"\`, \`"0.000002"\`); timestamps are ISO 8601 UTC; lists are
\`{ "object": "list", "data": [...], "has_more": bool }\`, paged with \`limit\` and
\`starting_after\`; errors are \`{ "error": { "type", "code", "message", "param" } }\` with a
stable \`code\`. Any POST takes an \`Idempotency-Key\` header: the same key and body replays the
stored answer (\`Idempotent-Replayed: true\`), the same key with another body is 409
\`idempotency_key_reused\`.`;

/** The document's frame: everything but the operations, which come from the routes' schemas. */
export function openapiOptions(version: string): SwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tariff API',
        version,
        description: DESCRIPTION,
        contact: { name: 'Tariff maintainers' },
        license: { name: 'MIT', identifier: 'MIT' },
      },
      // `tariff serve`'s default address; a client points at its own deployment instead.
      servers: [
        { url: 'http://localhost:4000', description: '`tariff serve` on this machine (the default port)' },
      ],
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description:
              'An API key: full access (`sk_live_…`) or restricted to some permission groups (`rk_live_…`). Stripe clients may send it as the HTTP Basic user name instead.',
          },
        },
      },
      security: [{ bearer: [] }],
      tags: TAGS.map((t) => ({ name: t.name, description: t.description })),
    },
    // Every keyed operation takes `Tariff-Mode`, declared once (mode-header.ts).
    transformObject: (d) => withModeHeader('openapiObject' in d ? d.openapiObject : d.swaggerObject),
    // Shared schemas (`ErrorBody`) keep their own names as components, not `def-0`.
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
  };
}
