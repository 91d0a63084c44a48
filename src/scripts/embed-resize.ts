/**
 * On an embed page inside a frame: tells the frame's page how tall the chart is, whenever that
 * changes (the table opened, a narrower screen). The page that embeds the chart may use it to fit
 * the frame (the optional script in "insluiten"); without it the frame keeps its starting height.
 */
import { RESIZE_MESSAGE } from '../embed/embed-code';

if (window.parent !== window) {
  let sent = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    // Only a number leaves the page, so any page may receive it.
    window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
}
