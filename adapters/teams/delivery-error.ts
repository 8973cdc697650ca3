// A connector failure in the outbox's terms: worth retrying (429 with its
// Retry-After, 5xx, no answer) or not (403 blocked, 404 gone, other 4xx).
import { DeliveryError } from '../../src/core/messenger.js';

interface ConnectorFailure {
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { status?: number; headers?: { get?(name: string): string | undefined | null } };
}

function retryAfterMs(header: string | undefined | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  // An HTTP date is relative to the server's clock, not ours: only its distance matters.
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export function deliveryErrorOf(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const failure = (error ?? {}) as ConnectorFailure;
  const status = failure.statusCode ?? failure.response?.status;
  const what = `Teams connector: ${status ? `HTTP ${status}` : (failure.code ?? 'no answer')}${failure.message ? ` (${failure.message})` : ''}`;
  if (status === 429) return new DeliveryError(what, true, retryAfterMs(failure.response?.headers?.get?.('retry-after')));
  if (status !== undefined && status >= 400 && status < 500) return new DeliveryError(what, false);
  return new DeliveryError(what, true);
}
