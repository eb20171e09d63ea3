import { describe, expect, it } from 'vitest';
import { ckeditor4PasteHtml } from './ckeditor4';

describe('ckeditor4PasteHtml', () => {
  it('keeps an empty line as an empty paragraph, the first line joined to the text before and the last to the text after', () => {
    expect(ckeditor4PasteHtml('Hi Maria,\n\n')).toBe('Hi Maria,<p>&nbsp;</p>');
    expect(ckeditor4PasteHtml('one\ntwo\nthree')).toBe('one<p>two</p>three');
    expect(ckeditor4PasteHtml('\n\nThanks')).toBe('<p>&nbsp;</p>Thanks');
  });

  it('splits two lines with a line break, there being no paragraph between them', () => {
    expect(ckeditor4PasteHtml('one\ntwo')).toBe('one<br>two');
  });

  it('escapes the text, so a reply mentioning markup is pasted as text', () => {
    expect(ckeditor4PasteHtml('a <b> & c\n\nd')).toBe('a &lt;b&gt; &amp; c<p>&nbsp;</p>d');
  });
});
