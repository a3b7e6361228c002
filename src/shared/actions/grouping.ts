/** Actions grouped by owner, in the roster's order, a shared action under each of its owners; unowned ones last. */
export interface OwnerGroup<A> {
  /** undefined for the actions nobody owns yet. */
  ownerId: string | undefined;
  actions: A[];
}

export function groupByOwner<A extends { ownerIds: readonly string[] }>(actions: readonly A[], rosterOrder: readonly string[]): Array<OwnerGroup<A>> {
  const known = new Set(rosterOrder);
  const byOwner = new Map<string, A[]>();
  const unowned: A[] = [];
  for (const action of actions) {
    const owners = action.ownerIds.filter((id) => known.has(id));
    if (owners.length === 0) unowned.push(action);
    for (const owner of owners) byOwner.set(owner, [...(byOwner.get(owner) ?? []), action]);
  }
  const groups: Array<OwnerGroup<A>> = rosterOrder.filter((id) => byOwner.has(id)).map((id) => ({ ownerId: id, actions: byOwner.get(id)! }));
  return unowned.length > 0 ? [...groups, { ownerId: undefined, actions: unowned }] : groups;
}
