/** Escapes text for XML and HTML element content and attribute values: the one escape of the site (SVG, Atom, the chart block). */
export function escapeXml(text: string | number): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
