import { Type } from 'typebox';
import { ERROR_STATUS, type ErrorBody } from '../../shared/errors/index.js';

const CODES = Object.keys(ERROR_STATUS).sort();

/**
 * The error body every failed request answers (`ApiError.toBody()`), registered once as a shared
 * schema so the document holds one `ErrorBody` component and generated clients one error type.
 * The optional fields are the structured details some codes add (`ApiError`'s `extra`); a new
 * detail must be declared here, or response validation fails the test that produces it.
 */
export const ErrorBodySchema = Type.Object(
  {
    error: Type.Object(
      {
        type: Type.Union(
          [
            Type.Literal('invalid_request_error'),
            Type.Literal('authentication_error'),
            Type.Literal('permission_error'),
            Type.Literal('rate_limit_error'),
            Type.Literal('idempotency_error'),
            Type.Literal('api_error'),
          ],
          { description: 'The class of error.' },
        ),
        code: Type.String({
          description: `A stable code to switch on (never the message): ${CODES.join(', ')}.`,
          examples: ['customer_not_found'],
        }),
        message: Type.String({ description: 'For people; may change between versions.' }),
        param: Type.Union([Type.String(), Type.Null()], {
          description: 'The request parameter at fault, e.g. `billing_details[address][country]`.',
        }),
        existing: Type.Optional(Type.String({ description: 'The id of the object that already exists.' })),
        expected: Type.Optional(Type.String({ description: 'The currency the request had to use.' })),
        received: Type.Optional(Type.String({ description: 'The currency the request used.' })),
        status: Type.Optional(Type.String({ description: "The object's current status." })),
        component: Type.Optional(Type.String({ description: 'The plan component at fault.' })),
        billing_reason: Type.Optional(Type.String({ description: "The invoice's billing reason." })),
        amount_remaining: Type.Optional(Type.String({ description: 'What is left to pay on the invoice.' })),
      },
      { additionalProperties: false },
    ),
  },
  {
    $id: 'ErrorBody',
    title: 'ErrorBody',
    additionalProperties: false,
    examples: [
      {
        error: {
          type: 'invalid_request_error',
          code: 'customer_not_found',
          message: "No such customer: 'cus_01J…'",
          param: null,
        },
      },
    ],
  },
);

/** A reference to the shared error body, typed as what `ApiError.toBody()` returns. */
export const ErrorBodyRef = Type.Unsafe<ErrorBody>({ $ref: 'ErrorBody#' });
