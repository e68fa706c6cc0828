import { expect } from '@open-wc/testing';
import { QUIET_STYLE_TAG, quietInlineCode } from '../../src/shared/quiet-inline-code.js';
import { sanitizeHtml } from '../../src/shared/sanitize-html.js';
import { textFromHtml } from '../../src/shared/parse-markup.js';

describe('quietInlineCode', () => {
  it('renames inline handlers, style attributes and <style> before any parser sees them', () => {
    expect(quietInlineCode('<p style="color:red" onclick="x()" ONMouseOver=y>a</p>')).to.equal(
      '<p data-news-x-style="color:red" data-news-x-onclick="x()" data-news-x-ONMouseOver=y>a</p>',
    );
    expect(quietInlineCode('<svg/onload=x()><STYLE>p{}</STYLE>')).to.equal(
      `<svg/data-news-x-onload=x()><${QUIET_STYLE_TAG}>p{}</${QUIET_STYLE_TAG}>`,
    );
  });

  it('leaves text and other attributes alone', () => {
    for (const html of [
      '<p>Use onclick= or style= in text, and a < b onclick=c.</p>',
      '<a href="/on" title="stylesheet" data-one="1">onward</a>',
      'plain text',
    ]) {
      expect(quietInlineCode(html)).to.equal(html);
    }
  });

  it('changes nothing in what sanitizing keeps: styles and handlers never survive anyway', () => {
    const html =
      '<p style="color:red" onclick="x()">Text <b style="x">bold</b></p><style>p{}</style><p>after</p>';
    const root = document.createElement('div');
    root.append(sanitizeHtml(html));
    expect(root.innerHTML).to.equal('<p>Text <b>bold</b></p><p>after</p>');
    expect(textFromHtml(html)).to.equal('Text boldafter');
  });
});
