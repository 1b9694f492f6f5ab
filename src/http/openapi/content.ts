/**
 * Answers that are not JSON objects, declared for the document. Fastify serialises only JSON with
 * a route's response schema; a Buffer, stream or string is sent as is, so these describe the wire
 * and nothing validates them (response-validation.ts checks JSON answers only).
 */

/** A file answer (an invoice PDF, a CSV export). */
export function binary(mediaType: string, description: string) {
  return { description, content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } } };
}

/** A text answer (Prometheus exposition). */
export function text(mediaType: string, description: string, example?: string) {
  return {
    description,
    content: { [mediaType]: { schema: { type: 'string', ...(example ? { examples: [example] } : {}) } } },
  };
}

/** An answer without a body (204, or a 202 that says nothing). */
export function noContent(description: string) {
  return { type: 'null', description } as const;
}
