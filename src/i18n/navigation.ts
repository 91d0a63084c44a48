import type { Lang } from './ui';
import { useTranslations } from './ui';

/**
 * The main menu per language. The Dutch site has every page; the English pages are the entry page,
 * the method, the data and about; the language switch beside the menu leads back to the Dutch page.
 */
export function navigation(lang: Lang): { href: string; label: string; lang?: Lang }[] {
  const t = useTranslations(lang);
  if (lang === 'en') {
    return [
      { href: '/en/', label: t('nav.home') },
      { href: '/en/method/', label: t('nav.methode') },
      { href: '/en/data/', label: t('nav.data') },
      { href: '/en/about/', label: t('nav.over') },
    ];
  }
  return [
    { href: '/', label: t('nav.home') },
    { href: '/gemeenten/', label: t('nav.gemeenten') },
    { href: '/vergelijk/', label: t('nav.vergelijk') },
    { href: '/data/', label: t('nav.data') },
    { href: '/methode/', label: t('nav.methode') },
    { href: '/meedoen/', label: t('nav.meedoen') },
    { href: '/over/', label: t('nav.over') },
  ];
}
