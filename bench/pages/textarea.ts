import { whenRendered } from './whenRendered';

// The browser's floor: native text editing with no script on the keystroke path at all.
window.__benchLoad = (paragraphs) => {
  const textarea = document.querySelector('textarea')!;
  const text = paragraphs.join('\n');
  textarea.value = text;
  return whenRendered(() => textarea.value.length === text.length);
};
