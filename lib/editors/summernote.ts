import { editableAdapter } from './editable';

/**
 * Summernote (FreeScout's and many self-hosted helpdesks' composer): its editable is `div.note-editable`, its content
 * the editable's own DOM. It keeps its own undo stack of HTML snapshots, taken after its commands and on a mouseup, not
 * per keystroke, and Ctrl+Z goes back to the last one: so before Apply a mouseup asks it to take one, and Ctrl+Z then
 * takes back the rewording alone, not the agent's typing since their last click.
 */
export const summernote = editableAdapter({
  id: 'summernote',
  findRoot: (el) => el.closest<HTMLElement>('.note-editable'),
  beforeInsert(root) {
    root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  },
});
