// Build-time glue for the page share images: every image's footer names its page and the data
// version, and all of them are started while Astro collects the paths (see ShareImages.drawEarly).
import { SHARE_IMAGES } from '../../images/build-images';
import type { ShareCard } from '../../images/share-facts';
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
  for (const card of cards) SHARE_IMAGES.drawEarly(card, SITE.name, footerOf(card));
}

/** A PNG as the endpoint's response. */
export const pngResponse = (png: Uint8Array) =>
  new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });

/** The PNG response for one page's image. */
export async function pageCardResponse(card: ShareCard): Promise<Response> {
  return pngResponse(await SHARE_IMAGES.render(card, SITE.name, footerOf(card)));
}
