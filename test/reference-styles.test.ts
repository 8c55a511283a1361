// Free-text reference lines in Vancouver, APA and Chicago author-date as fields: real references, and lines left raw.
import { describe, expect, it } from 'vitest';
import { parseReferenceText } from '../src/brief/reference-styles.js';

describe('parseReferenceText', () => {
  it('Vancouver (NLM/AMA): authors apart from the title, the journal, year, volume, issue and pages', () => {
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
      title: 'Measurement of SARS-CoV-2 RNA in sewage sludge reveals COVID-19 outbreak dynamics',
      container: 'Nat Biotechnol',
      volume: '38',
      issue: '10',
      pages: '1164-1167',
      issued: '2020',
      doi: '10.1038/s41587-020-0684-z',
      cslType: 'article-journal',
    });
    // Without an issue, with an en dash in the pages and a month.
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
      parseReferenceText('Peccia, J., Zulli, A., Brackney, D. E., et al. (2020). Measurement of SARS-CoV-2 RNA in sewage sludge reveals COVID-19 outbreak dynamics. Nature Biotechnology, 38(10), 1164–1167. https://doi.org/10.1038/s41587-020-0684-z'),
    ).toBeUndefined(); // "et al." in an APA author list is not APA: left raw rather than guessed
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
    ];
    for (const line of lines) {
      const fields = parseReferenceText(line);
      expect(fields, line).toBeDefined();
      const { style: _style, cslType: _type, issued, authors, ...text } = fields!;
      for (const [name, value] of Object.entries(text)) expect(line, `${name} of ${line}`).toContain(value);
      for (const author of authors ?? []) for (const part of Object.values(author)) expect(line, line).toContain(part);
      if (issued) expect(line).toContain(issued.slice(0, 4));
    }
  });
});
