/** Whether an endpoint subscribed to `enabledEvents` receives an event of `type` (`*` is all). */
export function endpointWants(enabledEvents: readonly string[], type: string): boolean {
  return enabledEvents.includes('*') || enabledEvents.includes(type);
}
