import { parseSnippet } from './snippet.js';

describe('search snippets', () => {
  it('separates the matched words from the text around them', () => {
    expect(parseSnippet('Teemakokous <mark>asumisesta</mark> · Vesannon <mark>kunnantalo</mark>')).toEqual([
      { text: 'Teemakokous ', marked: false },
      { text: 'asumisesta', marked: true },
      { text: ' · Vesannon ', marked: false },
      { text: 'kunnantalo', marked: true },
    ]);
  });

  it('shows escaped characters as the user wrote them, once', () => {
    expect(parseSnippet('Tom &amp; Jerry &quot;&#39;&lt;b&gt;&#39;&quot; &amp;lt;')).toEqual([
      { text: 'Tom & Jerry "\'<b>\'" &lt;', marked: false },
    ]);
  });

  it('keeps markup written into an agenda as text, never as elements', () => {
    const parts = parseSnippet('&lt;script&gt;alert(1)&lt;/script&gt; <mark>asuminen</mark>');
    expect(parts[0]).toEqual({ text: '<script>alert(1)</script> ', marked: false });
    expect(parts[1]).toEqual({ text: 'asuminen', marked: true });
  });

  it('leaves an unbalanced mark as plain text', () => {
    expect(parseSnippet('a <mark>b')).toEqual([{ text: 'a <mark>b', marked: false }]);
  });
});
