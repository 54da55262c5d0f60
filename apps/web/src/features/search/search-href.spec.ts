import { searchHref, searchScope } from './search-href.js';

const scopeOf = (href: string) => searchScope(new URL(href, 'http://localhost').searchParams);

describe('the address of a search', () => {
  it('narrows to the group searched from', () => {
    const href = searchHref(' asumi ', { groupId: 'g1' });
    expect(href).toBe('/haku?q=asumi&ryhma=g1');
    expect(scopeOf(href)).toEqual({ groupId: 'g1', allGroups: false });
  });

  it('widens to all groups and still remembers the group for the frame', () => {
    const href = searchHref('asumi', { groupId: 'g1', allGroups: true });
    expect(href).toBe('/haku?q=asumi&ryhma=g1&laajuus=kaikki');
    expect(scopeOf(href)).toEqual({ groupId: 'g1', allGroups: true });
  });

  it('searches all groups when it starts from no group', () => {
    expect(searchHref('asumi')).toBe('/haku?q=asumi');
    expect(scopeOf('/haku?q=asumi')).toEqual({ groupId: '', allGroups: true });
  });
});
