import { ApiError } from './api-error.js';

/** What a live-mode request that touches a test clock is told (Stripe refuses the same way). */
export function testModeOnly(param?: string): ApiError {
  return new ApiError(
    'test_mode_only',
    'Test clocks exist only in test mode: use a test-mode API key (sk_test_…) or the console in test mode.',
    param ? { param } : {},
  );
}
