import { readFileSync } from 'node:fs';
import { format } from './format.js';

const read = (name: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), 'utf8'));
const fi = read('fi');
const en = read('en');

describe('interface texts', () => {
  it('exist in English for every Finnish text, and none is empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fi).sort());
    for (const catalogue of [fi, en]) {
      expect(Object.entries(catalogue).filter(([, text]) => !text.trim())).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(fi)) {
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(fi[key])]);
    }
  });

  it('fill placeholders', () => {
    expect(format(fi['group.yourRole'], { role: 'sihteeri' })).toBe('Roolisi ryhmässä: sihteeri');
  });
});
