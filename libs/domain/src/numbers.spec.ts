import { Locale } from './locale.js';
import { formatFileSize, formatPercent } from './numbers.js';

describe('file sizes', () => {
  it('reads kilobytes and megabytes in Finnish', () => {
    expect(formatFileSize(19_400, Locale.FI)).toBe('19 kt');
    expect(formatFileSize(1_520_000, Locale.FI)).toBe('1,5 Mt');
  });

  it('reads them in English on the English screen', () => {
    expect(formatFileSize(19_400, Locale.EN)).toBe('19 kB');
    expect(formatFileSize(1_520_000, Locale.EN)).toBe('1.5 MB');
  });

  it('shows a tiny file as one kilobyte rather than none', () => {
    expect(formatFileSize(12, Locale.FI)).toBe('1 kt');
  });
});

describe('percentages', () => {
  it('are written with a space before the sign in Finnish, and without in English', () => {
    expect(formatPercent(0.45, Locale.FI)).toBe('45\u00a0%');
    expect(formatPercent(0.45, Locale.EN)).toBe('45%');
    expect(formatPercent(1, Locale.FI)).toBe('100\u00a0%');
  });
});
