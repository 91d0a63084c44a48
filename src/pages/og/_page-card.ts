// Build-time glue for the page share images: every image's footer names its page and the data
// version, and all of them are started while Astro collects the paths (see drawShareImageEarly).
import { drawShareImageEarly, renderShareImage } from '../../lib/links/share-image';
import type { ShareCard } from '../../lib/links/share-facts';
import { ADDRESS, SITE } from '../../site/config';
import { dataVersion } from '../../site/data-version';
import { PREVIEW_LABEL } from '../../site/public-address';

// A preview build has no public address: the card names the page's path and says it is a preview.
const footerOf = (card: ShareCard) => {
  const url = ADDRESS.absolute(card.path);
  const where = url ? `${new URL(url).host}${new URL(url).pathname}` : `${card.path} (${PREVIEW_LABEL})`;
  return `${where} · dataversie ${dataVersion().label}`;
};

/** Starts drawing the images of these pages in the background. */
export function drawPageCardsEarly(cards: Iterable<ShareCard>): void {
  for (const card of cards) drawShareImageEarly(card, SITE.name, footerOf(card));
}

/** The PNG response for one page's image. */
export async function pageCardResponse(card: ShareCard): Promise<Response> {
  const png = await renderShareImage(card, SITE.name, footerOf(card));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
