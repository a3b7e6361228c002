import { $getRoot, $parseSerializedNode, type LexicalEditor, type LexicalNode, type SerializedLexicalNode } from 'lexical';
import type { SerializedNote } from '../../../shared/meeting/notesSchema';
import { REVIEW_ITEM_TITLE } from '../../../shared/series/nextMeeting';
import { $getAgenda } from '../agenda/agendaState';
import { $findHeading, $sectionEnd } from '../agenda/sections';
import { $isAgendaHeadingNode } from '../nodes/AgendaHeadingNode';

/** Where a carried-over action goes back: the end of the review item's section, else the end of the opening notes. */
function $placeForReview(): LexicalNode | null {
  const review = $getAgenda().find((item) => item.title.trim() === REVIEW_ITEM_TITLE);
  const heading = review ? $findHeading(review.id) : null;
  if (heading) return $sectionEnd(heading);
  const firstHeading = $getRoot().getChildren().find($isAgendaHeadingNode);
  return firstHeading ? firstHeading.getPreviousSibling() : $getRoot().getLastChild();
}

/** Brings a dropped carried-over action back into the notes as its paragraph, so it goes on to the next meeting. */
export function putBackCarriedAction(editor: LexicalEditor, paragraph: SerializedNote): void {
  editor.update(() => {
    const node = $parseSerializedNode(paragraph as unknown as SerializedLexicalNode);
    const place = $placeForReview();
    if (place) place.insertAfter(node);
    else {
      const first = $getRoot().getFirstChild();
      if (first) first.insertBefore(node);
      else $getRoot().append(node);
    }
  });
}
