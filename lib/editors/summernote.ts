import { editableAdapter, closestEditable } from './editable';
import { MAIL_REGIONS, NOT_THE_AGENTS, QUOTE_STARTS } from './contenteditable';

/**
 * Summernote (FreeScout's and many self-hosted helpdesks' composer): its editable is `div.note-editable`, its content
 * the editable's own DOM. It keeps its own undo stack of HTML snapshots, taken after its commands and on a mouseup, not
 * per keystroke, and Ctrl+Z goes back to the last one: so before Apply a mouseup asks it to take one, and Ctrl+Z then
 * takes back the rewording alone, not the agent's typing since their last click. Quoted mail pasted into it is skipped
 * as the generic contenteditable adapter (which read it before this one) skips it.
 */
export const summernote = editableAdapter({
  id: 'summernote',
  findRoot: (el) => closestEditable(el, '.note-editable'),
  skip: NOT_THE_AGENTS,
  cutAt: QUOTE_STARTS,
  leftOut: MAIL_REGIONS,
  beforeInsert(root) {
    // Summernote listens on the editable itself (jQuery's `.on('mouseup')`), so the event does not bubble: the page's
    // own mouseup listeners (a drag's end, a selection toolbar) never see a click nobody made.
    root.dispatchEvent(new MouseEvent('mouseup'));
  },
});
