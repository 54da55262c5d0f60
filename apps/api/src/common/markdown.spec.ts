import { renderMarkdown } from './markdown.js';

describe('rendering Markdown descriptions', () => {
  it('keeps formatting and links', () => {
    expect(renderMarkdown('**6–8 pilottia** ja [Future Savo](https://savogrow.fi)')).toBe(
      '<p><strong>6–8 pilottia</strong> ja <a href="https://savogrow.fi" rel="noopener noreferrer">Future Savo</a></p>',
    );
  });

  it('strips anything active, even if it got stored', () => {
    const html = renderMarkdown('Hei <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))');
    expect(html).not.toMatch(/script|onerror|javascript|<img/);
  });
});
