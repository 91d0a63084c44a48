/**
 * Elements whose text stands apart from what follows. The built HTML is minified, so
 * `<dt>Gemeente</dt><dd>Amstelveen</dd>` has no space between the two, and Pagefind read them
 * as one word ("GemeenteAmstelveen"): in its snippets, and in its index too.
 */
const SEPARATE =
  'address|article|aside|blockquote|br|button|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|label|legend|li|nav|ol|option|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';
const CLOSING = new RegExp(`(</(?:${SEPARATE})>|<br\\s*/?>)(?=<)`, 'gi');

/** The page as Pagefind should read it: a space after every closing tag of such an element that is directly followed by another tag. */
export function spaceBetweenBlocks(html: string): string {
  return html.replace(CLOSING, '$1 ');
}
