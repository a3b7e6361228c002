import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { whenRendered } from './whenRendered';

// The library's floor: the project's own Lexical with rich text and history only,
// mounted the standard way: @lexical/react's ContentEditable in a React 19 root (StrictMode, production build).
// The app keeps its notes' element out of React's containers (docs/performance.md); the floor does not.
window.__benchLoad = (paragraphs) => {
  const initialConfig: InitialConfigType = {
    namespace: 'bench-bare-lexical',
    theme: { paragraph: 'notes-paragraph' },
    onError: (error) => {
      throw error;
    },
    editorState: () => {
      $getRoot().append(...paragraphs.map((text) => $createParagraphNode().append($createTextNode(text))));
    },
  };
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <LexicalComposer initialConfig={initialConfig}>
        <RichTextPlugin
          contentEditable={<ContentEditable className="notes-editor__content" aria-label="Meeting notes" spellCheck />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
      </LexicalComposer>
    </StrictMode>,
  );
  const last = paragraphs.at(-1) ?? '';
  return whenRendered(() => document.querySelector('[contenteditable="true"]')?.lastElementChild?.textContent === last);
};
