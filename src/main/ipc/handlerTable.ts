import type { ParsedRequestOf, RequestName, ResponseOf } from '../../shared/bridge/contract';

/** Who sent a request: the window it came from, so replies and events reach the right one. */
export interface HandlerContext {
  readonly windowId: number;
}

/** One handler per request of the bridge contract; main and the e2e harness register the same table. */
export type HandlerTable = {
  [N in RequestName]: (request: ParsedRequestOf<N>, context: HandlerContext) => Promise<ResponseOf<N>>;
};
