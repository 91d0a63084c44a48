import { describe, expect, test } from 'vitest';
import {
  FREE_FIELD_PROMPT,
  MAX_LINK_LENGTH,
  attachNote,
  messageHref,
  reportHref,
  reportMessage,
  sendTo,
} from '../../../src/site/report-error';
import { correctionsFor } from '../../../src/site/corrections';

describe('reportHref', () => {
  const figure = {
    permalink: 'https://e.org/gemeenten/diemen/#besteding-x',
    value: '€ 1.000 per jaar',
    title: 'Diemen',
  };
  test('gives no link while no address or repository is configured', () => {
    expect(reportHref({ contactEmail: null, repositoryUrl: null }, figure)).toBeNull();
  });
  test('opens a prefilled e-mail with the permalink and the value once an address is set', () => {
    const link = reportHref(
      { contactEmail: 'fouten@example.org', repositoryUrl: 'https://git.example.org/pok' },
      figure,
    )!;
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
    const link = messageHref(
      { contactEmail: 'tips@example.org', repositoryUrl: null },
      { subject: 'Nieuwe bron: x', body: 'regels' },
    )!;
    expect(link.href).toBe('mailto:tips@example.org?subject=Nieuwe%20bron%3A%20x&body=regels');
  });
});

describe('messageHref with a long text', () => {
  const channels = [
    { contactEmail: 'tips@example.org', repositoryUrl: null },
    { contactEmail: null, repositoryUrl: 'https://git.example.org/pok' },
  ];
  test.each(channels)('keeps a text that fits in the link (%o)', (channel) => {
    const body = 'x'.repeat(1500);
    const link = messageHref(channel, { subject: 'Nieuwe bron', body }, 'regels.txt')!;
    expect(link.attach).toBe(false);
    expect(link.href.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(decodeURIComponent(link.href)).toContain(body);
  });
  test.each(channels)('leaves a text that does not fit out of the link and says it is in the file (%o)', (channel) => {
    // 700 euro signs are 6,300 characters once encoded: far past the limit.
    const body = '€'.repeat(700);
    const link = messageHref(channel, { subject: 'Nieuwe bron', body }, 'regels.txt')!;
    expect(link.attach).toBe(true);
    expect(link.href.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(decodeURIComponent(link.href)).not.toContain('€€');
    expect(decodeURIComponent(link.href)).toContain(attachNote('regels.txt'));
  });
  test('cuts a very long subject so the link still fits', () => {
    const link = messageHref(channels[0], { subject: 'Nieuwe bron: '.concat('a'.repeat(3000)), body: 'regels' })!;
    expect(link.href.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(link.attach).toBe(false);
  });
});

describe('sendTo', () => {
  test('names the address, else the repository, else nothing: a preview build has nowhere to send to', () => {
    expect(sendTo({ contactEmail: 'tips@example.org', repositoryUrl: 'https://git.example.org/pok' })).toEqual({
      text: 'Stuur de tekst per e-mail naar tips@example.org',
      href: 'mailto:tips@example.org',
    });
    expect(sendTo({ contactEmail: null, repositoryUrl: 'https://git.example.org/pok/' })!.href).toBe(
      'https://git.example.org/pok/issues/new',
    );
    expect(sendTo({ contactEmail: null, repositoryUrl: null })).toBeNull();
  });
});

describe('correctionsFor', () => {
  test('finds the corrections of one row only', () => {
    const list = [{ id: 'c1', datum: '2026-12-01', rij: 'a', was: '€ 1', wordt: '€ 2', uitleg: 'typfout' }];
    expect(correctionsFor('a', list)).toHaveLength(1);
    expect(correctionsFor('b', list)).toHaveLength(0);
  });
});
