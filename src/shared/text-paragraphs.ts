/** Plain text paragraphs as `<p>` nodes: used for text-only bodies and the blocked-policy fallback. */
export function textParagraphs(paragraphs: string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const paragraph of paragraphs) {
    const p = document.createElement('p');
    p.textContent = paragraph;
    fragment.append(p);
  }
  return fragment;
}
