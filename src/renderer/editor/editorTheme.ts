import type { EditorThemeClasses } from 'lexical';

export const editorTheme: EditorThemeClasses = {
  paragraph: 'notes-paragraph',
  link: 'notes-link',
  list: { ul: 'notes-ul', ol: 'notes-ol', listitem: 'notes-li', nested: { listitem: 'notes-li--nested' } },
  text: { bold: 'notes-bold', italic: 'notes-italic', underline: 'notes-underline', strikethrough: 'notes-strike' },
};
