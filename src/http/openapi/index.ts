/** What a route needs to declare its answers in the OpenAPI document. */
export { ListOf } from '../schemas.js';
export { binary, noContent, text } from './content.js';
export { ErrorBodyRef } from './error-body.js';
export { Nullable } from './fields.js';
export { errorResponse } from './standard-errors.js';
export type { TagName } from './tags.js';
