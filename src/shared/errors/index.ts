export { ApiError, type ErrorBody, notFound } from './api-error.js';
export { ERROR_STATUS, type ErrorCode, type ErrorType, errorTypeFor } from './codes.js';
