import QRCode from 'qrcode';

/**
 * An SVG QR code for a URL, made at build time so printed pages lead back to the site. The SVG
 * is marked hidden for assistive technology: the same URL is printed as text next to it.
 */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" class="qr" ');
}
