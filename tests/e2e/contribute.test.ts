import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadDataset, readDataDirectory } from '../../src/data/load-dataset';
import { validateDataset } from '../../src/data/validate-dataset';
import type { DataFiles } from '../../src/data/validate-dataset';
import { contributionCsv, contributionRows } from '../../src/contribute/contribution';
import { knownRows } from '../../src/contribute/known-rows';
import { columnGuide } from '../../src/contribute/form-fields';
import { FACT_TABLES } from '../../src/contribute/contribution';
import { fieldMeta } from '../../src/data/schemas/fields';
import { TABLES } from '../../src/data/schemas/tables';
import type { TableName } from '../../src/data/schemas/tables';
import { BAD, GOOD, withBad } from '../fixtures/contributions/entries';
import type { Entry } from '../fixtures/contributions/entries';
import { launchBrowser } from './browser';
import { openPage } from './page-helpers';
import { allHtmlFiles, outDir } from './page-types';

/*
 * /meedoen/ in a real browser: what the page produces passes the build's validation, bad entries
 * give the build's rule names, it works by keyboard and passes axe, and its research queue is
 * complete. The entries are synthetic (tests/fixtures/contributions/); the data is the real data/.
 */

const base = inject('baseUrl');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const DATA = fileURLToPath(new URL('../../data/', import.meta.url));
const CBS_CODE = 'GM0362'; // Amstelveen, a real gemeente: the rows must fit the real data/
const { files } = await readDataDirectory(DATA);
const dataset = await loadDataset(DATA);
const lineCount = (table: TableName) => new TextDecoder().decode(files[table]).trimEnd().split('\n').length;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A copy of data/ (in memory) with CSV lines appended at the end of their files. */
function appended(blocks: { table: TableName; lines: string }[]): DataFiles {
  const copy: DataFiles = { ...files };
  for (const { table, lines } of blocks) {
    const text = new TextDecoder().decode(files[table]);
    copy[table] = new TextEncoder().encode(`${text.endsWith('\n') ? text : `${text}\n`}${lines}\n`);
  }
  return copy;
}

/**
 * Enters an entry into the form: choose the gemeente, fill the source, add each fact with the
 * page's own button, then check. `typed` types every field as a person would; otherwise the
 * values are set in one go (the many bad entries would take minutes to type on these machines).
 */
async function enter(page: Page, entry: Entry, typed = true) {
  await page.goto(`${base}/meedoen/`);
  // Each entry starts from an empty form: the page keeps what was typed before as a draft.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const values: [string, string][] = [
    ['#gemeente', CBS_CODE],
    ...Object.entries(entry.bron).map(([column, value]): [string, string] => [`#bron-${column}`, value]),
  ];
  for (const [index, fact] of entry.facts.entries()) {
    await page.selectOption('#nieuw-feit', fact.table);
    await page.click('#voeg-feit-toe');
    values.push(
      ...Object.entries(fact.cells).map(([column, value]): [string, string] => [`#feit-${index + 1}-${column}`, value]),
    );
  }
  if (typed) for (const [selector, value] of values) await setField(page, selector, value);
  else
    await page.evaluate((pairs) => {
      for (const [selector, value] of pairs) {
        const control = document.querySelector<HTMLInputElement>(selector)!;
        if (
          control.tagName === 'SELECT' &&
          ![...(control as unknown as HTMLSelectElement).options].some((o) => o.value === value)
        )
          throw new Error(`${selector} has no option ${value}`);
        control.value = value;
      }
    }, values);
  await page.click('#formulier button[type="submit"]');
}

async function setField(page: Page, selector: string, value: string) {
  const tag = await page.locator(selector).evaluate((element) => element.tagName);
  if (tag === 'SELECT') await page.selectOption(selector, value);
  else await page.fill(selector, value);
}

describe('/meedoen/ with JavaScript', () => {
  test('the rows the page produces, appended to a copy of data/, pass the build', async () => {
    const { page, context, errors } = await openPage(browser);
    await enter(page, GOOD);
    await page.locator('#uitkomst').waitFor({ state: 'visible' });
    const blocks = await page.locator('#uitkomst code[data-table]').evaluateAll((codes) =>
      codes.map((code) => ({
        table: (code as HTMLElement).dataset.table as TableName,
        lines: code.textContent ?? '',
      })),
    );
    expect(blocks.map((b) => b.table)).toEqual(['bronnen', 'bestedingen', 'besluiten']);
    const copy = appended(blocks);
    expect(validateDataset(copy).issues).toEqual([]);
    // The rows really are new rows at the end of their files, for Amstelveen and with its own source.
    const { tables } = validateDataset(copy);
    const added = tables.bestedingen.at(-1)!;
    expect(added.line).toBe(lineCount('bestedingen') + 1);
    expect(added.row).toMatchObject({ cbs_code: CBS_CODE, bedrag_eur: 120000, bron: tables.bronnen.at(-1)!.row.id });
    expect(tables.besluiten.at(-1)!.row.id).toBe('amstelveen-2024-03-01-plan');

    // The download holds the same lines under the table's header.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download bestedingen.csv met kopregel' }).click();
    const path = await (await download).path();
    expect(readFileSync(path, 'utf8')).toBe(
      `${Object.keys(TABLES.bestedingen.schema.shape).join(',')}\n${blocks[1].lines}\n`,
    );
    // No channel is configured in this build: the page says where the rows go and sends nothing.
    expect(await page.locator('#uitkomst [data-send]').textContent()).toContain('Deze pagina verstuurt niets');
    expect(await page.locator('#uitkomst [data-send] a').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('bad entries get the same rule names in the browser as in the build', async () => {
    const { page, context, errors } = await openPage(browser);
    const known = knownRows(dataset);
    for (const bad of BAD) {
      const entry = withBad(bad);
      await enter(page, entry, false);
      await page.locator('#foutoverzicht').waitFor({ state: 'visible' });
      const inBrowser = [
        ...new Set(
          await page
            .locator('#foutoverzicht li[data-rule]')
            .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.rule!)),
        ),
      ].sort();
      // The build: the same entry as CSV lines appended to data/, through the full validation.
      const blocks = contributionCsv(contributionRows({ cbsCode: CBS_CODE, ...entry }, known));
      const issues = validateDataset(appended(blocks)).issues.filter(
        (issue) => issue.line > lineCount(issue.file.replace(/^data\/|\.csv$/g, '') as TableName),
      );
      const inBuild = [...new Set(issues.map((issue) => issue.rule))].sort();
      expect(inBrowser, bad.rule).toContain(bad.rule);
      expect(inBrowser, bad.rule).toEqual(inBuild);
      // The error is at the field: shown next to it, in Dutch, with the rule name.
      const field =
        bad.target === 'bron'
          ? `#bron-${Object.keys(bad.cells)[0]}`
          : `#feit-${bad.target + 1}-${Object.keys(bad.cells)[0]}`;
      expect(await page.getAttribute(field, 'aria-invalid'), bad.rule).toBe('true');
      const describedBy = (await page.getAttribute(field, 'aria-describedby'))!.split(' ');
      const message = await page.locator(`[id="${describedBy[1]}"]`).textContent();
      expect(message, bad.rule).toContain(`(regel: ${bad.rule})`);
      expect(await page.locator('#uitkomst').isVisible()).toBe(false);
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  test('an amount its quote does not state shows the amount-in-quote message at the amount field', async () => {
    const { page, context, errors } = await openPage(browser);
    const cells = {
      ...GOOD.facts[0].cells,
      bedrag_eur: '45000',
      citaat: 'SYNTHETISCH: voor 2024 en 2025 samen € 40.000 voor extra formatie klantcontact',
    };
    await enter(page, { ...GOOD, facts: [{ ...GOOD.facts[0], cells }] });
    await page.locator('#foutoverzicht').waitFor({ state: 'visible' });
    expect(await page.getAttribute('#feit-1-bedrag_eur', 'aria-invalid')).toBe('true');
    const message = await page.locator('#feit-1-bedrag_eur-fout').textContent();
    expect(message).toContain('Het bedrag staat niet in het citaat');
    expect(message).toContain('(regel: amount-in-quote)');
    expect(
      await page
        .locator('#foutoverzicht li[data-rule]')
        .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.rule)),
    ).toEqual(['amount-in-quote']);
    expect(await page.locator('#uitkomst').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a request for documents (resultaat opgevraagd) becomes a row of onderzocht.csv that passes the build', async () => {
    const { page, context, errors } = await openPage(browser);
    const request: Entry = {
      bron: {
        titel: 'SYNTHETISCH: Woo-verzoek over de POK-middelen',
        uitgever: 'Een inwoner (testbestand)',
        datum: '2026-12-01',
        soort: 'woo-verzoek',
        primair: 'nee',
        vindplaats: 'eigen archief van de indiener (testbestand)',
      },
      facts: [
        {
          table: 'onderzocht',
          cells: {
            datum: '2026-12-01',
            gezocht_in: 'college van burgemeester en wethouders (testbestand)',
            resultaat: 'opgevraagd',
            verzoek: 'woo-verzoek',
          },
        },
      ],
    };
    await enter(page, request, false);
    await page.locator('#uitkomst').waitFor({ state: 'visible' });
    const blocks = await page.locator('#uitkomst code[data-table]').evaluateAll((codes) =>
      codes.map((code) => ({
        table: (code as HTMLElement).dataset.table as TableName,
        lines: code.textContent ?? '',
      })),
    );
    expect(blocks.map((b) => b.table)).toEqual(['bronnen', 'onderzocht']);
    const { tables, issues } = validateDataset(appended(blocks));
    expect(issues).toEqual([]);
    expect(tables.onderzocht.at(-1)!.row).toMatchObject({
      cbs_code: CBS_CODE,
      datum: '2026-12-01',
      resultaat: 'opgevraagd',
      verzoek: 'woo-verzoek',
      bron: tables.bronnen.at(-1)!.row.id,
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a draft survives a reload on this device, and "Begin opnieuw" empties it after asking', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/meedoen/`);
    expect(await page.locator('#concept').textContent()).toMatch(
      /alleen in deze browser op dit apparaat[\s\S]*nergens heen gestuurd en er zijn geen\s+cookies/,
    );
    await page.selectOption('#gemeente', CBS_CODE);
    await page.fill('#bron-titel', 'SYNTHETISCH: een brief die ik aan het overtypen was');
    await page.selectOption('#nieuw-feit', 'besluiten');
    await page.click('#voeg-feit-toe');
    await page.fill('#feit-1-strekking', 'SYNTHETISCH: het college besluit iets');
    await page.selectOption('#feit-1-orgaan', 'raad');
    await page.reload();
    expect(await page.inputValue('#gemeente')).toBe(CBS_CODE);
    expect(await page.inputValue('#bron-titel')).toBe('SYNTHETISCH: een brief die ik aan het overtypen was');
    expect(await page.locator('fieldset.fact').count()).toBe(1);
    expect(await page.locator('fieldset.fact').getAttribute('data-table')).toBe('besluiten');
    expect(await page.inputValue('fieldset.fact [name="strekking"]')).toBe('SYNTHETISCH: het college besluit iets');
    expect(await page.inputValue('fieldset.fact [name="orgaan"]')).toBe('raad');
    expect(await page.locator('#concept-status').textContent()).toMatch(
      /^Wat u eerder invulde van .+ staat er weer\.$/,
    );
    // Nothing left the page: no cookie, and the draft is in this browser's own storage.
    expect(await context.cookies()).toEqual([]);

    // "Begin opnieuw": dismissing the question keeps everything; accepting empties the form and the draft.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.click('#begin-opnieuw');
    expect(await page.inputValue('#bron-titel')).not.toBe('');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('#begin-opnieuw');
    expect(await page.inputValue('#bron-titel')).toBe('');
    expect(await page.locator('fieldset.fact').count()).toBe(0);
    await page.reload();
    expect(await page.inputValue('#bron-titel')).toBe('');
    expect(await page.locator('fieldset.fact').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('asks before throwing away a fact that holds text; an empty fact goes at once', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/meedoen/`);
    await page.click('#voeg-feit-toe');
    await page.click('#voeg-feit-toe');
    await page.fill('#feit-1-maatregel', 'SYNTHETISCH: iets wat ik niet kwijt wil');
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: 'Verwijder feit 1' }).click();
    expect(asked).toEqual(['Feit 1 verwijderen? Wat u daarin invulde, gaat verloren.']);
    expect(await page.locator('fieldset.fact').count()).toBe(2);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Verwijder feit 1' }).click();
    expect(await page.locator('fieldset.fact').count()).toBe(1);
    // The remaining, empty fact goes without a question (a dialog here would fail the click's wait).
    page.once('dialog', () => asked.push('unexpected'));
    await page.getByRole('button', { name: 'Verwijder feit 1' }).click();
    expect(await page.locator('fieldset.fact').count()).toBe(0);
    expect(asked).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('limits each field to the length its schema allows', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/meedoen/`);
    for (const table of FACT_TABLES) {
      await page.selectOption('#nieuw-feit', table);
      await page.click('#voeg-feit-toe');
    }
    const limits = await page.locator('#formulier .field').evaluateAll((fields) =>
      fields.map((field) => {
        const control = field.querySelector('input, textarea');
        const table = (field.closest('fieldset.fact') as HTMLElement | null)?.dataset.table ?? 'bronnen';
        return {
          table,
          column: (field as HTMLElement).dataset.column!,
          text: control !== null,
          max: control?.getAttribute('maxlength') ?? null,
        };
      }),
    );
    const free = limits.filter((l) => l.text);
    expect(free.length).toBeGreaterThan(20);
    for (const { table, column, max } of free) {
      const meta = fieldMeta(
        (TABLES[table as TableName].schema.shape as Record<string, Parameters<typeof fieldMeta>[0]>)[column],
      );
      // Every text column has a limit in its schema (a date's is its format), and each field carries exactly its column's limit.
      if (meta.type === 'string' && !meta.partialDate) expect(meta.maxLength, `${table}.${column}`).toBeGreaterThan(0);
      expect(max === null ? null : Number(max), `${table}.${column}`).toBe(meta.maxLength ?? null);
    }
    await context.close();
  });

  test('works by keyboard: add a fact, check, jump from the error list to the field', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/meedoen/`);
    await page.focus('#nieuw-feit');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('voeg-feit-toe');
    await page.keyboard.press('Enter');
    // Focus moves into the new fact; its removal button is reachable and the status says what happened.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('feit-1-id');
    expect(await page.locator('#feiten-status').textContent()).toBe('Feit 1 toegevoegd.');
    await page.fill('#feit-1-bedrag_eur', '1.000');
    await page.keyboard.press('Enter'); // submits the form from a text field
    await page.locator('#foutoverzicht').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('foutoverzicht');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toBe('#gemeente');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gemeente');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('passes axe empty, with errors shown, and with the rows shown, also at 360 px', async () => {
    for (const width of [1200, 360]) {
      const { page, context } = await openPage(browser, { width });
      // The whole page once; after that the part that changed (axe over 342 options and the
      // research queue takes long on these machines).
      const check = async (state: string, part?: string) => {
        const axe = new AxeBuilder({ page }).withTags(WCAG_TAGS);
        const result = await (part ? axe.include(part) : axe).analyze();
        expect(
          result.violations.map(
            (v) =>
              `${state} ${width}px: ${v.id} ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          ),
        ).toEqual([]);
      };
      if (width === 1200) {
        await page.goto(`${base}/meedoen/`);
        await check('empty');
        await enter(page, withBad(BAD[0]), false);
        await page.locator('#foutoverzicht').waitFor({ state: 'visible' });
        await check('errors', '#invoeren');
      }
      await enter(page, GOOD, false);
      await page.locator('#uitkomst').waitFor({ state: 'visible' });
      await check('rows', '#invoeren');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await context.close();
    }
  }, 300_000);
});

describe('/meedoen/ without JavaScript', () => {
  test('explains the CSV route with a template per table and the schemas’ own column meanings', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/meedoen/`);
    expect(await page.locator('#formulier').isVisible()).toBe(false);
    expect(await page.locator('[data-without-js]').isVisible()).toBe(true);
    for (const table of ['bronnen', 'toekenningen', 'bestedingen', 'besluiten', 'resultaten'] as const) {
      const section = page.locator(`#sjabloon-${table}`);
      expect(await section.locator('pre').textContent()).toBe(Object.keys(TABLES[table].schema.shape).join(','));
      const text = await section.locator('dl').textContent();
      for (const column of columnGuide(table)) expect(text).toContain(column.description);
      const href = (await section.locator('a[download]').getAttribute('href'))!;
      expect(readFileSync(join(outDir, href), 'utf8')).toBe(`${Object.keys(TABLES[table].schema.shape).join(',')}\n`);
    }
    await context.close();
  });

  test('the research queue links every current gemeente that nobody has researched yet, largest first', async () => {
    const { page, context } = await openPage(browser, { javaScript: false });
    await page.goto(`${base}/meedoen/`);
    const hrefs = await page
      .locator('#onderzoekslijst tbody th a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const withFacts = new Set(
      [
        dataset.toekenningen,
        dataset.bestedingen,
        dataset.verschuivingen,
        dataset.besluiten,
        dataset.resultaten,
        dataset.vermeldingen,
      ]
        .flat()
        .map((row) => row.cbs_code),
    );
    const searched = new Set(dataset.onderzocht.map((row) => row.cbs_code));
    const never = dataset.gemeenten.filter(
      (g) => g.geldig_tot === null && !withFacts.has(g.cbs_code) && !searched.has(g.cbs_code),
    );
    expect(never.length).toBeGreaterThan(100);
    for (const g of never) expect(hrefs, g.naam).toContain(`/gemeenten/${g.slug}/`);
    // Searched without result is in the list too, with its date; a gemeente with facts is not.
    const nothing = dataset.onderzocht.find(
      (row) => row.resultaat === 'niets gevonden' && !withFacts.has(row.cbs_code),
    )!;
    const slug = dataset.gemeenten.find((g) => g.cbs_code === nothing.cbs_code)!.slug;
    const last = dataset.onderzocht.filter((row) => row.cbs_code === nothing.cbs_code).at(-1)!;
    const when = last.datum
      ? new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${last.datum}T00:00:00Z`),
        )
      : 'datum niet vastgelegd';
    expect(await page.locator(`#onderzoekslijst tr[data-slug="${slug}"]`).textContent()).toContain(
      `${last.resultaat} (${when})`,
    );
    expect(hrefs).not.toContain('/gemeenten/amstelveen/');
    // Largest first, by the latest inhabitants figure.
    const latest = (code: string) =>
      dataset.inwoners.filter((r) => r.cbs_code === code).sort((a, b) => b.jaar - a.jaar)[0]?.inwoners ?? -1;
    const bySlug = new Map(dataset.gemeenten.map((g) => [`/gemeenten/${g.slug}/`, g.cbs_code]));
    const sizes = hrefs.map((href) => latest(bySlug.get(href!)!));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    await context.close();
  });
});

describe('the checker loads on /meedoen/ only', () => {
  test('no other page references the contribution scripts', () => {
    const pages = allHtmlFiles().filter((file) =>
      /contribute|ContributeForm/.test(readFileSync(join(outDir, file), 'utf8')),
    );
    expect(pages).toEqual(['meedoen/index.html']);
  });
});
