// Free-text reference lines in Vancouver, APA, Chicago author-date, Harvard, IEEE and an organisation's web page as
// fields: real references, generated ones, and lines left raw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReferenceText } from '../src/brief/reference-styles.js';

describe('parseReferenceText', () => {
  it('Vancouver (NLM/AMA): authors apart from the title, the journal, year, volume, issue and pages; "et al." marks the list truncated', () => {
    expect(
      parseReferenceText(
        'Peccia J, Zulli A, Brackney DE, et al. Measurement of SARS-CoV-2 RNA in sewage sludge reveals COVID-19 outbreak dynamics. Nat Biotechnol. 2020;38(10):1164-1167. doi:10.1038/s41587-020-0684-z',
      ),
    ).toEqual({
      style: 'vancouver',
      authors: [
        { family: 'Peccia', given: 'J' },
        { family: 'Zulli', given: 'A' },
        { family: 'Brackney', given: 'DE' },
      ],
      authorsTruncated: true,
      title: 'Measurement of SARS-CoV-2 RNA in sewage sludge reveals COVID-19 outbreak dynamics',
      container: 'Nat Biotechnol',
      volume: '38',
      issue: '10',
      pages: '1164-1167',
      issued: '2020',
      doi: '10.1038/s41587-020-0684-z',
      cslType: 'article-journal',
    });
    // Without an issue, with an en dash in the pages and a month; all authors listed, so not truncated.
    expect(parseReferenceText('Peccia J, Zulli A, Brackney DE. Measurement of SARS-CoV-2 RNA in sewage sludge reveals COVID-19 outbreak dynamics. Nat Biotechnol. 2020 Oct;38:1164–1167.')).not.toHaveProperty('authorsTruncated');
    expect(parseReferenceText('Peccia J, Zulli A, Brackney DE. Measurement of SARS-CoV-2 RNA in sewage sludge reveals COVID-19 outbreak dynamics. Nat Biotechnol. 2020 Oct;38:1164–1167.')).toMatchObject({
      authors: [{ family: 'Peccia' }, { family: 'Zulli' }, { family: 'Brackney', given: 'DE' }],
      container: 'Nat Biotechnol',
      volume: '38',
      pages: '1164–1167',
      issued: '2020-10',
    });
  });

  it('APA: persons as family and initials, a corporate author as an organisation, n.d. as no date', () => {
    expect(
      parseReferenceText('Peccia, J., Zulli, A., & Brackney, D. E. (2020). Measurement of SARS-CoV-2 RNA in sewage sludge reveals COVID-19 outbreak dynamics. Nature Biotechnology, 38(10), 1164–1167. https://doi.org/10.1038/s41587-020-0684-z'),
    ).toEqual({
      style: 'apa',
      authors: [
        { family: 'Peccia', given: 'J.' },
        { family: 'Zulli', given: 'A.' },
        { family: 'Brackney', given: 'D. E.' },
      ],
      issued: '2020',
      title: 'Measurement of SARS-CoV-2 RNA in sewage sludge reveals COVID-19 outbreak dynamics',
      container: 'Nature Biotechnology',
      volume: '38',
      issue: '10',
      pages: '1164–1167',
      url: 'https://doi.org/10.1038/s41587-020-0684-z',
      doi: '10.1038/s41587-020-0684-z',
      cslType: 'article-journal',
    });
    expect(parseReferenceText('U.S. Department of Justice. (n.d.). About Project Safe Childhood. https://www.justice.gov/psc/about-project-safe-childhood')).toEqual({
      style: 'apa',
      authors: [{ literal: 'U.S. Department of Justice' }],
      title: 'About Project Safe Childhood',
      url: 'https://www.justice.gov/psc/about-project-safe-childhood',
      cslType: 'webpage',
    });
    expect(
      parseReferenceText('Pfefferkorn, R. (2025, March). Court rules that Constitution protects private possession of AI-generated CSAM. Tech Policy Press. https://techpolicy.press/court-rules-that-constitution-protects-private-possession-of-aigenerated-csam'),
    ).toMatchObject({ authors: [{ family: 'Pfefferkorn', given: 'R.' }], issued: '2025-03', title: 'Court rules that Constitution protects private possession of AI-generated CSAM', publisher: 'Tech Policy Press' });
  });

  it('Chicago author-date: the first author inverted, the others not; the quoted title; journal volume (issue): pages', () => {
    expect(parseReferenceText('Peccia, Jordan, A. Zulli, and D. E. Brackney. 2020. “Measurement of SARS-CoV-2 RNA in Sewage Sludge Reveals COVID-19 Outbreak Dynamics.” Nature Biotechnology 38 (10): 1164–67. https://doi.org/10.1038/s41587-020-0684-z')).toEqual({
      style: 'chicago',
      authors: [
        { family: 'Peccia', given: 'Jordan' },
        { family: 'Zulli', given: 'A.' },
        { family: 'Brackney', given: 'D. E.' },
      ],
      issued: '2020',
      title: 'Measurement of SARS-CoV-2 RNA in Sewage Sludge Reveals COVID-19 Outbreak Dynamics',
      container: 'Nature Biotechnology',
      volume: '38',
      issue: '10',
      pages: '1164–67',
      url: 'https://doi.org/10.1038/s41587-020-0684-z',
      doi: '10.1038/s41587-020-0684-z',
      cslType: 'article-journal',
    });
    expect(parseReferenceText('Smith, J. Brett. 2024. “Trying Cases Involving Child Sexual Abuse Material.” The Texas Prosecutor.')).toMatchObject({
      style: 'chicago',
      authors: [{ family: 'Smith', given: 'J. Brett' }],
      issued: '2024',
      title: 'Trying Cases Involving Child Sexual Abuse Material',
      container: 'The Texas Prosecutor',
    });
  });

  it('Harvard: names joined by "and", the year in parentheses, a quoted title, the journal, volume(issue) and pp. pages', () => {
    expect(parseReferenceText("Wolak, J., Finkelhor, D. and Mitchell, K.J. (2011) 'Child pornography possessors: Trends in offender and case characteristics', Sexual Abuse, 23(1), pp. 22-42.")).toEqual({
      style: 'harvard',
      authors: [
        { family: 'Wolak', given: 'J.' },
        { family: 'Finkelhor', given: 'D.' },
        { family: 'Mitchell', given: 'K.J.' },
      ],
      issued: '2011',
      title: 'Child pornography possessors: Trends in offender and case characteristics',
      container: 'Sexual Abuse',
      volume: '23',
      issue: '1',
      pages: '22-42',
      cslType: 'article-journal',
    });
    // A report or book: the italic title, then Place: Publisher.
    expect(parseReferenceText('Motivans, M. and Kyckelhahn, T. (2007) *Federal prosecution of child sex exploitation offenders, 2006*. Washington, DC: U.S. Department of Justice.')).toEqual({
      style: 'harvard',
      authors: [
        { family: 'Motivans', given: 'M.' },
        { family: 'Kyckelhahn', given: 'T.' },
      ],
      issued: '2007',
      title: 'Federal prosecution of child sex exploitation offenders, 2006',
      publisher: 'U.S. Department of Justice',
      cslType: 'book',
    });
    // A page of an organisation: "Available at: URL (Accessed: date)"; the day it was read is no date of the page.
    expect(parseReferenceText('Centers for Disease Control and Prevention (2023) *National Wastewater Surveillance System (NWSS)*. Available at: https://www.cdc.gov/nwss/index.html (Accessed: 5 May 2024).')).toEqual({
      style: 'harvard',
      authors: [{ literal: 'Centers for Disease Control and Prevention' }],
      issued: '2023',
      title: 'National Wastewater Surveillance System (NWSS)',
      url: 'https://www.cdc.gov/nwss/index.html',
      cslType: 'webpage',
    });
    // Double quotes, and a DOI after the pages.
    expect(parseReferenceText('Wolak, J., Finkelhor, D. and Mitchell, K.J. (2011) "Child pornography possessors", Sexual Abuse, 23(1), pp. 22-42. doi: 10.1177/1079063210372143')).toMatchObject({
      style: 'harvard',
      title: 'Child pornography possessors',
      pages: '22-42',
      doi: '10.1177/1079063210372143',
    });
  });

  it('IEEE: initials first, "Title," with the comma inside the quotes, then a report or a journal with vol., no., pp. and the month', () => {
    // The report number (Rep. NCJ 219412) and the place have no field: they stay in the line the importer keeps.
    expect(parseReferenceText('M. Motivans and T. Kyckelhahn, "Federal Prosecution of Child Sex Exploitation Offenders, 2006," Bureau of Justice Statistics, Washington, DC, USA, Rep. NCJ 219412, Dec. 2007.')).toEqual({
      style: 'ieee',
      authors: [
        { family: 'Motivans', given: 'M.' },
        { family: 'Kyckelhahn', given: 'T.' },
      ],
      title: 'Federal Prosecution of Child Sex Exploitation Offenders, 2006',
      publisher: 'Bureau of Justice Statistics',
      issued: '2007-12',
      cslType: 'report',
    });
    expect(parseReferenceText('J. Wolak, D. Finkelhor, and K. J. Mitchell, “Child pornography possessors: Trends in offender and case characteristics,” Sexual Abuse, vol. 23, no. 1, pp. 22–42, Mar. 2011, doi: 10.1177/1079063210372143.')).toEqual({
      style: 'ieee',
      authors: [
        { family: 'Wolak', given: 'J.' },
        { family: 'Finkelhor', given: 'D.' },
        { family: 'Mitchell', given: 'K. J.' },
      ],
      title: 'Child pornography possessors: Trends in offender and case characteristics',
      container: 'Sexual Abuse',
      volume: '23',
      issue: '1',
      pages: '22–42',
      issued: '2011-03',
      doi: '10.1177/1079063210372143',
      cslType: 'article-journal',
    });
    // Read online: "[Online]. Available: URL" gives the URL and nothing else.
    expect(parseReferenceText('M. Motivans and T. Kyckelhahn, "Federal Prosecution of Child Sex Exploitation Offenders, 2006," Bureau of Justice Statistics, Washington, DC, USA, Rep. NCJ 219412, Dec. 2007. [Online]. Available: https://example.org/fpcseo06.pdf')).toEqual({
      style: 'ieee',
      authors: [
        { family: 'Motivans', given: 'M.' },
        { family: 'Kyckelhahn', given: 'T.' },
      ],
      title: 'Federal Prosecution of Child Sex Exploitation Offenders, 2006',
      publisher: 'Bureau of Justice Statistics',
      issued: '2007-12',
      url: 'https://example.org/fpcseo06.pdf',
      cslType: 'report',
    });
    // IEEE's "Sept." is September; a word that is no month leaves the line raw rather than dropping it.
    expect(parseReferenceText('J. Wolak, "Child pornography possessors," Sexual Abuse, vol. 23, no. 1, pp. 22–42, Sept. 2011.')).toMatchObject({ issued: '2011-09' });
    expect(parseReferenceText('J. Wolak, "Child pornography possessors," Sexual Abuse, vol. 23, no. 1, pp. 22–42, Summer 2011.')).toBeUndefined();
  });

  it('an organisation\'s web page: "Organisation. Title. URL (Year)."; the "Organisation (Year). Title. URL" shape reads as APA', () => {
    expect(parseReferenceText('Centers for Disease Control and Prevention. National Wastewater Surveillance System (NWSS). https://www.cdc.gov/nwss/index.html (2023).')).toEqual({
      style: 'corporate-web',
      authors: [{ literal: 'Centers for Disease Control and Prevention' }],
      title: 'National Wastewater Surveillance System (NWSS)',
      issued: '2023',
      url: 'https://www.cdc.gov/nwss/index.html',
      cslType: 'webpage',
    });
    // An initialism's full stops are not the end of the organisation's name.
    expect(parseReferenceText('U.S. Department of Justice. About Project Safe Childhood. https://www.justice.gov/psc/about-project-safe-childhood (2024).')).toMatchObject({
      style: 'corporate-web',
      authors: [{ literal: 'U.S. Department of Justice' }],
      title: 'About Project Safe Childhood',
    });
    expect(parseReferenceText('Centers for Disease Control and Prevention (2023). National Wastewater Surveillance System (NWSS). https://www.cdc.gov/nwss/index.html')).toEqual({
      style: 'apa',
      authors: [{ literal: 'Centers for Disease Control and Prevention' }],
      issued: '2023',
      title: 'National Wastewater Surveillance System (NWSS)',
      url: 'https://www.cdc.gov/nwss/index.html',
      cslType: 'webpage',
    });
    // Without a URL it is no web reference; a Vancouver person is no organisation; a title of two sentences is ambiguous.
    for (const line of [
      'Centers for Disease Control and Prevention. National Wastewater Surveillance System (NWSS). (2023).',
      'Smith J. National Wastewater Surveillance System. https://www.cdc.gov/nwss/index.html (2023).',
      'Centers for Disease Control and Prevention. Wastewater. Surveillance System. https://www.cdc.gov/nwss/index.html (2023).',
    ]) {
      expect(parseReferenceText(line), line).toBeUndefined();
    }
  });

  it('"et al." (or "et al", "and others", APA\'s "...") marks the list truncated in every style; the names listed are all it keeps', () => {
    const truncated: [string, string, number][] = [
      ['vancouver', 'Peccia J, Zulli A, Brackney DE, et al. Measurement of SARS-CoV-2 RNA in sewage sludge. Nat Biotechnol. 2020;38(10):1164-1167.', 3],
      ['vancouver', 'Peccia J, Zulli A, Brackney DE et al. Measurement of SARS-CoV-2 RNA in sewage sludge. Nat Biotechnol. 2020;38(10):1164-1167.', 3],
      ['apa', 'Peccia, J., Zulli, A., Brackney, D. E., et al. (2020). Measurement of SARS-CoV-2 RNA in sewage sludge. Nature Biotechnology, 38(10), 1164–1167.', 3],
      ['apa', 'Peccia, J., Zulli, A., ... Brackney, D. E. (2020). Measurement of SARS-CoV-2 RNA in sewage sludge. Nature Biotechnology, 38(10), 1164–1167.', 3],
      ['chicago', 'Peccia, Jordan, A. Zulli, et al. 2020. “Measurement of SARS-CoV-2 RNA in Sewage Sludge.” Nature Biotechnology 38 (10): 1164–67.', 2],
      ['harvard', "Wolak, J. et al. (2011) 'Child pornography possessors', Sexual Abuse, 23(1), pp. 22-42.", 1],
      ['harvard', "Wolak, J., Finkelhor, D. and others (2011) 'Child pornography possessors', Sexual Abuse, 23(1), pp. 22-42.", 2],
      ['ieee', 'J. Wolak et al., "Child pornography possessors," Sexual Abuse, vol. 23, no. 1, pp. 22–42, Mar. 2011.', 1],
      ['titled', 'Lee, K., Park, S. et al. *Ageing gauges*, Water Press, 2015.', 2],
    ];
    for (const [style, line, listed] of truncated) {
      const fields = parseReferenceText(line);
      expect(fields, line).toMatchObject({ style, authorsTruncated: true });
      expect(fields!.authors, line).toHaveLength(listed);
      expect(JSON.stringify(fields!.authors), line).not.toMatch(/et al|others|\.\.\./);
    }
    // A complete list says nothing of truncation.
    for (const line of ["Wolak, J., Finkelhor, D. and Mitchell, K.J. (2011) 'Child pornography possessors', Sexual Abuse, 23(1), pp. 22-42.", 'Lee, K. and Park, S. *Ageing gauges*, Water Press, 2015.']) {
      expect(parseReferenceText(line), line).not.toHaveProperty('authorsTruncated');
    }
    // "Smith et al." names a person without initials, not an organisation: raw.
    expect(parseReferenceText("Wolak et al. (2011) 'Child pornography possessors', Sexual Abuse, 23(1), pp. 22-42.")).toBeUndefined();
  });

  it('tells APA from Harvard: "(Year)." and "&" are APA\'s, "(Year)" then a quoted title, "and" and "pp." Harvard\'s', () => {
    expect(parseReferenceText('Smith, J. A., & Jones, B. (2019). Title of the work. Journal of Things, 12(3), 45–67.')).toMatchObject({ style: 'apa', pages: '45–67' });
    expect(parseReferenceText("Smith, J.A. and Jones, B. (2019) 'Title of the work', Journal of Things, 12(3), pp. 45-67.")).toMatchObject({ style: 'harvard', pages: '45-67' });
    // Halfway between the two: read by neither, kept raw.
    for (const line of [
      "Smith, J.A. & Jones, B. (2019) 'Title of the work', Journal of Things, 12(3), pp. 45-67.",
      'Smith, J. A. and Jones, B. (2019). Title of the work. Journal of Things, 12(3), 45–67.',
      'Smith, J.A. and Jones, B. (2019) Title of the work. Journal of Things, 12(3), pp. 45-67.',
    ]) {
      expect(parseReferenceText(line), line).toBeUndefined();
    }
  });

  it('every line these tests read keeps the style it had: the new styles take no line from the others', () => {
    const styles: [string, string][] = [
      ['vancouver', 'Peccia J, Zulli A, Brackney DE. Measurement of SARS-CoV-2 RNA in sewage sludge reveals COVID-19 outbreak dynamics. Nat Biotechnol. 2020 Oct;38:1164–1167.'],
      ['apa', 'U.S. Department of Justice. (n.d.). About Project Safe Childhood. https://www.justice.gov/psc/about-project-safe-childhood'],
      ['apa', 'Pfefferkorn, R. (2025, March). Court rules that Constitution protects private possession of AI-generated CSAM. Tech Policy Press. https://techpolicy.press/court-rules-that-constitution-protects-private-possession-of-aigenerated-csam'],
      ['apa', 'National Center for Missing & Exploited Children. (2020–2021). CyberTipline data. https://www.missingkids.org/gethelpnow/cybertipline/cybertiplinedata'],
      ['apa', 'Adams, W., & Flynn, A. (2017). Federal prosecution of commercial sexual exploitation of children cases, 2004–2013. Bureau of Justice Statistics.'],
      ['apa', 'Smith, J. (2019). Flash flood peaks at small gauges. Journal of Hydrology. https://doi.org/10.1016/j.jhydrol.2019.01.001'],
      ['apa', 'Doe, A. (2020). A title here. Publisher.'],
      ['chicago', 'Peccia, Jordan, A. Zulli, and D. E. Brackney. 2020. “Measurement of SARS-CoV-2 RNA in Sewage Sludge Reveals COVID-19 Outbreak Dynamics.” Nature Biotechnology 38 (10): 1164–67. https://doi.org/10.1038/s41587-020-0684-z'],
      ['chicago', 'Smith, J. Brett. 2024. “Trying Cases Involving Child Sexual Abuse Material.” The Texas Prosecutor.'],
      ['titled', 'National Weather Service. “Gauge correction guidance.” 2021. https://www.weather.gov/guidance'],
      ['titled', 'Lee, K. and Park, S. *Ageing gauges*, Water Press, 2015.'],
    ];
    for (const [style, line] of styles) expect(parseReferenceText(line)?.style, line).toBe(style);
  });

  describe('generated lines read back to the fields they were written from (property)', () => {
    const word = fc.stringMatching(/^[a-z]{1,9}$/);
    const capital = fc.stringMatching(/^[A-Z][a-z]{1,9}$/);
    const family = fc.oneof(capital, fc.stringMatching(/^[A-Z][a-z]{1,6}-[A-Z][a-z]{1,6}$/), fc.stringMatching(/^O'[A-Z][a-z]{2,7}$/));
    const letters = fc.array(fc.stringMatching(/^[A-Z]$/), { minLength: 1, maxLength: 3 });
    const person = fc.record({ family, letters });
    const title = fc.tuple(capital, fc.array(word, { maxLength: 8 }), fc.option(fc.integer({ min: 1900, max: 2099 }), { nil: undefined })).map(([first, rest, year]) => [first, ...rest].join(' ') + (year ? `, ${year}` : ''));
    const container = fc.array(capital, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    const work = fc.record({
      persons: fc.array(person, { minLength: 1, maxLength: 5 }),
      truncated: fc.boolean(),
      year: fc.integer({ min: 1900, max: 2099 }),
      month: fc.integer({ min: 1, max: 12 }),
      title,
      container,
      volume: fc.integer({ min: 1, max: 999 }),
      issue: fc.integer({ min: 1, max: 12 }),
      first: fc.integer({ min: 1, max: 500 }),
      length: fc.integer({ min: 0, max: 60 }),
    });
    type Work = typeof work extends fc.Arbitrary<infer T> ? T : never;
    const MON = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];
    /** "A, B and C", or "A, B et al." when truncated (Harvard); "A, B, and C" / "A and B" / "A et al." (IEEE, APA with "&"). */
    const joined = (names: string[], truncated: boolean, and: string, comma: boolean) =>
      truncated ? `${names.join(', ')}${comma && names.length > 1 ? ',' : ''} et al.` : names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')}${comma && names.length > 2 ? ',' : ''} ${and} ${names.at(-1)!}`;
    const expected = (w: Work, given: (letters: string[]) => string) => ({
      authors: w.persons.map((p) => ({ family: p.family, given: given(p.letters) })),
      ...(w.truncated ? { authorsTruncated: true } : {}),
      title: w.title,
      container: w.container,
      volume: String(w.volume),
      issue: String(w.issue),
      pages: `${w.first}-${w.first + w.length}`,
      cslType: 'article-journal',
    });

    it('Harvard and APA lines of one work read as their own style, to the same fields', () => {
      fc.assert(
        fc.property(work, (w) => {
          const harvardLine = `${joined(w.persons.map((p) => `${p.family}, ${p.letters.map((l) => `${l}.`).join('')}`), w.truncated, 'and', false)} (${w.year}) '${w.title}', ${w.container}, ${w.volume}(${w.issue}), pp. ${w.first}-${w.first + w.length}.`;
          expect(parseReferenceText(harvardLine), harvardLine).toEqual({ style: 'harvard', issued: String(w.year), ...expected(w, (l) => l.map((x) => `${x}.`).join('')) });
          const apaNames = w.persons.map((p) => `${p.family}, ${p.letters.map((l) => `${l}.`).join(' ')}`);
          const apaLine = `${w.truncated ? `${apaNames.join(', ')}, et al.` : apaNames.length === 1 ? apaNames[0] : `${apaNames.slice(0, -1).join(', ')}, & ${apaNames.at(-1)}`} (${w.year}). ${w.title}. ${w.container}, ${w.volume}(${w.issue}), ${w.first}-${w.first + w.length}.`;
          expect(parseReferenceText(apaLine), apaLine).toEqual({ style: 'apa', issued: String(w.year), ...expected(w, (l) => l.map((x) => `${x}.`).join(' ')) });
        }),
        { numRuns: 300 },
      );
    });

    it('IEEE journal articles and reports read back to their fields, the month with the year', () => {
      fc.assert(
        fc.property(work, fc.boolean(), (w, report) => {
          const names = joined(w.persons.map((p) => `${p.letters.map((l) => `${l}.`).join(' ')} ${p.family}`), w.truncated, 'and', true);
          const date = `${MON[w.month - 1]} ${w.year}`;
          const issued = `${w.year}-${String(w.month).padStart(2, '0')}`;
          const given = (l: string[]) => l.map((x) => `${x}.`).join(' ');
          if (report) {
            const line = `${names}, "${w.title}," ${w.container}, Washington, DC, USA, Rep. NCJ ${w.volume}${w.first}, ${date}.`;
            const { container: _c, volume: _v, issue: _i, pages: _p, ...fields } = expected(w, given);
            expect(parseReferenceText(line), line).toEqual({ style: 'ieee', ...fields, publisher: w.container, issued, cslType: 'report' });
          } else {
            const line = `${names}, "${w.title}," ${w.container}, vol. ${w.volume}, no. ${w.issue}, pp. ${w.first}-${w.first + w.length}, ${date}.`;
            expect(parseReferenceText(line), line).toEqual({ style: 'ieee', ...expected(w, given), issued });
          }
        }),
        { numRuns: 300 },
      );
    });
  });

  it('a year range gives the later year, and a range inside the title stays in the title', () => {
    expect(parseReferenceText('National Center for Missing & Exploited Children. (2020–2021). CyberTipline data. https://www.missingkids.org/gethelpnow/cybertipline/cybertiplinedata')).toMatchObject({
      authors: [{ literal: 'National Center for Missing & Exploited Children' }],
      issued: '2021',
      title: 'CyberTipline data',
    });
    expect(parseReferenceText('Adams, W., & Flynn, A. (2017). Federal prosecution of commercial sexual exploitation of children cases, 2004–2013. Bureau of Justice Statistics.')).toMatchObject({
      authors: [{ family: 'Adams', given: 'W.' }, { family: 'Flynn', given: 'A.' }],
      issued: '2017',
      title: 'Federal prosecution of commercial sexual exploitation of children cases, 2004–2013',
      publisher: 'Bureau of Justice Statistics',
    });
  });

  it('leaves a line no style reads as a whole unparsed: the caller keeps it raw', () => {
    for (const line of [
      'Department of Justice materials on charging, undated',
      'See the appendix of the 2019 report for details',
      'Wolak, Finkelhor & Mitchell 2005, NCMEC (NCJ 210701)',
      // IEEE-like, but neither a journal (vol.) nor a report (Rep.): what "Bureau of Justice Statistics" is, is not said.
      'M. Motivans and T. Kyckelhahn, "Federal Prosecution of Child Sex Exploitation Offenders, 2006," Bureau of Justice Statistics, 2007.',
      // Harvard-like, but the title is in no quotes and the line has no URL.
      'Motivans, M. and Kyckelhahn, T. (2007) Federal prosecution of child sex exploitation offenders. Washington, DC: BJS.',
    ]) {
      expect(parseReferenceText(line), line).toBeUndefined();
    }
  });

  it('never invents text: every field it fills (but the date) is a piece of the line, and the date is a year the line shows', () => {
    const lines = [
      'Peccia J, Zulli A, Brackney DE, et al. Measurement of SARS-CoV-2 RNA in sewage sludge reveals COVID-19 outbreak dynamics. Nat Biotechnol. 2020;38(10):1164-1167. doi:10.1038/s41587-020-0684-z',
      'Peccia, J., Zulli, A., & Brackney, D. E. (2020). Measurement of SARS-CoV-2 RNA in sewage sludge reveals COVID-19 outbreak dynamics. Nature Biotechnology, 38(10), 1164–1167. https://doi.org/10.1038/s41587-020-0684-z',
      'Peccia, Jordan, A. Zulli, and D. E. Brackney. 2020. “Measurement of SARS-CoV-2 RNA in Sewage Sludge Reveals COVID-19 Outbreak Dynamics.” Nature Biotechnology 38 (10): 1164–67. https://doi.org/10.1038/s41587-020-0684-z',
      'U.S. Department of Justice. (n.d.). About Project Safe Childhood. https://www.justice.gov/psc/about-project-safe-childhood',
      'Smith, J. Brett. 2024. “Trying Cases Involving Child Sexual Abuse Material.” The Texas Prosecutor.',
      'National Center for Missing & Exploited Children. (2020–2021). CyberTipline data. https://www.missingkids.org/gethelpnow/cybertipline/cybertiplinedata',
      'Adams, W., & Flynn, A. (2017). Federal prosecution of commercial sexual exploitation of children cases, 2004–2013. Bureau of Justice Statistics.',
      'National Weather Service. “Gauge correction guidance.” 2021. https://www.weather.gov/guidance',
      'Lee, K. and Park, S. *Ageing gauges*, Water Press, 2015.',
      'Smith, J. (2019). Flash flood peaks at small gauges. Journal of Hydrology. https://doi.org/10.1016/j.jhydrol.2019.01.001',
      "Wolak, J., Finkelhor, D. and Mitchell, K.J. (2011) 'Child pornography possessors: Trends in offender and case characteristics', Sexual Abuse, 23(1), pp. 22-42.",
      'Motivans, M. and Kyckelhahn, T. (2007) *Federal prosecution of child sex exploitation offenders, 2006*. Washington, DC: U.S. Department of Justice.',
      'M. Motivans and T. Kyckelhahn, "Federal Prosecution of Child Sex Exploitation Offenders, 2006," Bureau of Justice Statistics, Washington, DC, USA, Rep. NCJ 219412, Dec. 2007.',
      'J. Wolak et al., "Child pornography possessors," Sexual Abuse, vol. 23, no. 1, pp. 22–42, Mar. 2011, doi: 10.1177/1079063210372143.',
      'Centers for Disease Control and Prevention. National Wastewater Surveillance System (NWSS). https://www.cdc.gov/nwss/index.html (2023).',
      'Centers for Disease Control and Prevention (2023) *National Wastewater Surveillance System (NWSS)*. Available at: https://www.cdc.gov/nwss/index.html (Accessed: 5 May 2024).',
    ];
    for (const line of lines) {
      const fields = parseReferenceText(line);
      expect(fields, line).toBeDefined();
      const { style: _style, cslType: _type, issued, authors, authorsTruncated, ...text } = fields!;
      // Truncation is only ever read from the line's own "et al.".
      if (authorsTruncated) expect(line).toMatch(/et al/);
      for (const [name, value] of Object.entries(text)) expect(line, `${name} of ${line}`).toContain(value);
      for (const author of authors ?? []) for (const part of Object.values(author)) expect(line, line).toContain(part);
      if (issued) expect(line).toContain(issued.slice(0, 4));
      // No date is taken from an "(Accessed: ...)" tail.
      if (issued && /Accessed/.test(line)) expect(line.slice(0, line.indexOf('Accessed'))).toContain(issued.slice(0, 4));
    }
  });
});
