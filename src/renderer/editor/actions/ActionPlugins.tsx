import { ActionIndexPlugin } from './ActionIndexPlugin';
import { ActionPrefixPlugin } from './ActionPrefixPlugin';

/** Action items and decisions in the notes: typed prefixes, and the index the actions panel lists. */
export function ActionPlugins() {
  return (
    <>
      <ActionPrefixPlugin />
      <ActionIndexPlugin />
    </>
  );
}
