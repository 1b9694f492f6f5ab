import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { FastifySchemaCompiler } from 'fastify';
import { DATE_TIME_RULE, dateTimeFormat } from './formats.js';

// ajv-formats is CommonJS with a default export that NodeNext typing does not see as callable.
const addFormats = createRequire(import.meta.url)('ajv-formats') as (ajv: Ajv) => Ajv;

export function makeAjv(coerce: boolean, options: { useDefaults?: boolean } = {}): Ajv {
  const ajv = new Ajv({
    // Bodies are JSON and must already have the right types ("25000", not 25000); query strings
    // and path params are text, so they are coerced (limit=10 → 10).
    coerceTypes: coerce ? 'array' : false,
    removeAdditional: false,
    useDefaults: options.useDefaults ?? true,
    allErrors: false,
    strict: false,
  });
  addFormats(ajv);
  // Stricter than ajv-formats: no leap seconds, no year 0000, only 1970 … 9999 (formats.ts).
  ajv.addFormat('date-time', dateTimeFormat);
  return ajv;
}

const bodyAjv = makeAjv(false);
const textAjv = makeAjv(true);

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : textAjv;
  return ajv.compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>;
};

interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** `/billing_details/address/country` → `billing_details[address][country]` (Stripe's style). */
export function paramName(path: string[]): string | null {
  const [head, ...rest] = path.filter((p) => p !== '');
  if (head === undefined) return null;
  return head + rest.map((p) => `[${p}]`).join('');
}

/** Turns the first ajv issue into a stable code, the offending parameter and a readable message. */
export function describeValidation(
  issue: AjvIssue,
  part: string | undefined,
): {
  code: 'parameter_missing' | 'parameter_unknown' | 'parameter_invalid';
  param: string | null;
  message: string;
} {
  const path = issue.instancePath.split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const where = part && part !== 'body' ? ` in the ${part}` : '';
  if (issue.keyword === 'required') {
    const param = paramName([...path, String(issue.params.missingProperty)]);
    return { code: 'parameter_missing', param, message: `Missing required parameter: ${param}${where}.` };
  }
  if (issue.keyword === 'additionalProperties') {
    const param = paramName([...path, String(issue.params.additionalProperty)]);
    return { code: 'parameter_unknown', param, message: `Received unknown parameter: ${param}${where}.` };
  }
  const param = paramName(path);
  if (issue.keyword === 'format' && issue.params.format === 'date-time') {
    const subject = param ? `Invalid ${param}${where}` : `Invalid timestamp${where}`;
    return { code: 'parameter_invalid', param, message: `${subject}: ${DATE_TIME_RULE}` };
  }
  const subject = param ? `Invalid ${param}${where}` : `Invalid request ${part ?? 'body'}`;
  return { code: 'parameter_invalid', param, message: `${subject}: ${issue.message ?? 'is not valid'}.` };
}
