import { describe, expect, test } from 'vitest';
import { readTemplate } from '../../src/core/validate/index.ts';
import { suggestCountry } from '../../src/core/validate/suggest-country.ts';
import { setCell, template, withCode } from './fixture.ts';

describe('an unknown country code on the Corridors tab', () => {
  test('a mistyped transit code suggests the code the corridor id names, and the correct id is left alone', () => {
    const wb = template([
      { origin: 'GTM', transit: 'MEX', destination: 'USA', periodStart: 2010, periodEnd: 2024 },
    ]);
    setCell(wb, 'Corridors', 'GTM-MEX-USA', 'transit', 'MXX');
    const issues = readTemplate(wb).issues;
    expect(withCode(issues, 'unknown_country').map((i) => i.message)).toEqual([
      'transit of corridor GTM-MEX-USA expects an ISO 3166 alpha-3 country code such as MEX, found "MXX"; did you mean MEX (Mexico), as in the corridor id?',
    ]);
    expect(issues.filter((i) => i.cell === 'Corridors!A2')).toEqual([]);
  });

  test('without a hint from the id, an ISO code one edit away is suggested, and nothing when none is close', () => {
    expect(suggestCountry('NPLL')).toBe('; did you mean NPL (Nepal)?');
    expect(suggestCountry('XYZQW')).toBe('');
  });
});
