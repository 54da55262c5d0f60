import { Locale } from './locale.js';
import { formatFileSize } from './numbers.js';

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
