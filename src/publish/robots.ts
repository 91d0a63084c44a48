/**
 * robots.txt that allows everything and names the sitemap. A preview build (no public address)
 * names no sitemap, because robots.txt may only point at a full address.
 */
export function robotsTxt(sitemapUrl: string | null, notice?: string): string {
  return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : notice ? `\n# ${notice}\n` : ''}`;
}
