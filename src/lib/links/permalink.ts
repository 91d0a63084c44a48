/** The absolute, permanent URL of a site path such as "/gemeenten/diemen/#bestedingen". */
export function permalink(path: string, site: string | URL): string {
  return new URL(path, site).href;
}
