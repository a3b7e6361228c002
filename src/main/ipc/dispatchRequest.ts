import { requestContract, type RequestName, type ResponseOf } from '../../shared/bridge/contract';
import type { HandlerContext, HandlerTable } from './handlerTable';

export class BridgeRequestError extends Error {
  override readonly name = 'BridgeRequestError';
}

function isRequestName(name: string): name is RequestName {
  return Object.prototype.hasOwnProperty.call(requestContract, name);
}

/**
 * The single entry for every request from a renderer, whatever carries it
 * (Electron IPC or the test harness's binding): the name must be in the
 * contract and the payload must pass its schema before any handler runs.
 */
export async function dispatchRequest(
  table: HandlerTable,
  name: string,
  rawRequest: unknown,
  context: HandlerContext,
): Promise<ResponseOf<RequestName>> {
  if (!isRequestName(name)) throw new BridgeRequestError(`Unknown request "${String(name).slice(0, 80)}".`);
  const parsed = requestContract[name].request.safeParse(rawRequest ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    throw new BridgeRequestError(`Invalid "${name}" request${where}: ${first?.message ?? 'wrong shape'}.`);
  }
  const handler = table[name] as (request: unknown, context: HandlerContext) => Promise<ResponseOf<RequestName>>;
  return handler(parsed.data, context);
}
