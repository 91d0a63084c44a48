import { describe, expect, test } from 'vitest';
import { FREE_FIELD_PROMPT, messageHref, reportHref, reportMessage, sendTo } from '../../../src/site/report-error';
import { correctionsFor } from '../../../src/site/corrections';

describe('reportHref', () => {
  const figure = { permalink: 'https://e.org/gemeenten/diemen/#besteding-x', value: '€ 1.000 per jaar', title: 'Diemen' };
  test('gives no link while no address or repository is configured', () => {
    expect(reportHref({ contactEmail: null, repositoryUrl: null }, figure)).toBeNull();
  });
  test('opens a prefilled e-mail with the permalink and the value once an address is set', () => {
    const link = reportHref({ contactEmail: 'fouten@example.org', repositoryUrl: 'https://git.example.org/pok' }, figure)!;
    expect(link.kind).toBe('mail');
    expect(link.href.startsWith('mailto:fouten@example.org?subject=')).toBe(true);
    const body = decodeURIComponent(link.href.split('&body=')[1]);
    expect(body).toContain('https://e.org/gemeenten/diemen/#besteding-x');
    expect(body).toContain('€ 1.000 per jaar');
  });
  test('opens a new issue on the repository when only a repository is set', () => {
    const link = reportHref({ contactEmail: null, repositoryUrl: 'https://git.example.org/pok/' }, figure)!;
    expect(link.kind).toBe('issue');
    expect(link.href.startsWith('https://git.example.org/pok/issues/new?title=')).toBe(true);
  });
  test('the ready text names the link, the figure as shown and the data version, and ends where the reader writes', () => {
    const { body } = reportMessage({ ...figure, dataVersion: '2026-11-23 (a1b2c3d)' });
    expect(body).toContain('Link: https://e.org/gemeenten/diemen/#besteding-x');
    expect(body).toContain('Zoals op de site: € 1.000 per jaar');
    expect(body).toContain('Dataversie: 2026-11-23 (a1b2c3d)');
    expect(body.trimEnd().endsWith(FREE_FIELD_PROMPT)).toBe(true);
  });
  test('a contribution message goes the same way, with its own subject and body', () => {
    const link = messageHref({ contactEmail: 'tips@example.org', repositoryUrl: null }, { subject: 'Nieuwe bron: x', body: 'regels' })!;
    expect(link.href).toBe('mailto:tips@example.org?subject=Nieuwe%20bron%3A%20x&body=regels');
  });
});

describe('sendTo', () => {
  test('names the address, else the repository, else the publisher, and links only what exists', () => {
    expect(sendTo({ contactEmail: 'tips@example.org', repositoryUrl: 'https://git.example.org/pok' }, 'Redactie')).toEqual({ text: 'Stuur de tekst per e-mail naar tips@example.org', href: 'mailto:tips@example.org' });
    expect(sendTo({ contactEmail: null, repositoryUrl: 'https://git.example.org/pok/' }, 'Redactie').href).toBe('https://git.example.org/pok/issues/new');
    expect(sendTo({ contactEmail: null, repositoryUrl: null }, 'Redactie')).toEqual({ text: 'Stuur de tekst aan de uitgever van deze site, Redactie', href: null });
  });
});

describe('correctionsFor', () => {
  test('finds the corrections of one row only', () => {
    const list = [{ id: 'c1', datum: '2026-12-01', rij: 'a', was: '€ 1', wordt: '€ 2', uitleg: 'typfout' }];
    expect(correctionsFor('a', list)).toHaveLength(1);
    expect(correctionsFor('b', list)).toHaveLength(0);
  });
});
