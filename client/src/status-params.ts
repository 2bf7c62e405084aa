// The `newsLens/status` notification as the client reads it. Its contract (method name and zod schema) lives
// in server/src/protocol.ts; the client imports it as types only, because a value import would bundle zod
// (~450 KB, ~100 ms to load) into dist/client.js and slow every activation. The method constant is typed
// as the protocol's literal, so a rename there fails the build here, and a unit test checks this guard
// against StatusParamsSchema (test/unit/client/status-params.test.ts).
import type { STATUS_NOTIFICATION, StatusParams } from '../../server/src/protocol';

export const STATUS_METHOD: typeof STATUS_NOTIFICATION = 'newsLens/status';

export function isStatusParams(value: unknown): value is StatusParams {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const count = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0;
  return (
    typeof v.uri === 'string' &&
    typeof v.version === 'number' &&
    Number.isInteger(v.version) &&
    count(v.people) &&
    count(v.quotes) &&
    count(v.unattributed) &&
    typeof v.tooLarge === 'boolean'
  );
}
