import { markdownToBlocks, markdownToText } from './markdown-text.js';

describe('Markdown as plain text for print', () => {
  it('drops the Markdown symbols but keeps emphasis and link addresses', () => {
    const [block] = markdownToBlocks('**6–8 pilottia** _valitaan_ ja [Future Savo](https://savogrow.fi) \\*');
    expect(block.runs).toEqual([
      { text: '6–8 pilottia', strong: true },
      { text: ' ' },
      { text: 'valitaan', em: true },
      { text: ' ja Future Savo (https://savogrow.fi) *' },
    ]);
  });

  it('writes lists with bullets and numbers, headings and quotes as readable lines', () => {
    const text = markdownToText(
      '## Taustaa\n\nKysymykset:\n\n- Mitä on tehty?\n- Mitä jatkossa?\n  1. asuminen\n  2. yrittäjyys\n\n> Pohdinnan tulos',
    );
    expect(text).toBe(
      [
        'Taustaa',
        'Kysymykset:',
        '• Mitä on tehty?',
        '• Mitä jatkossa?',
        '  1. asuminen',
        '  2. yrittäjyys',
        '  Pohdinnan tulos',
      ].join('\n'),
    );
    expect(text).not.toMatch(/[#*_>[\]]/);
  });

  it('leaves no HTML and decodes entities', () => {
    const text = markdownToText(
      'Hei <b>kaikki</b> &amp; <span title="x">muut</span> &lt;3\n\n<div>Lohko</div>\n\n<!-- piilo -->',
    );
    expect(text).toBe('Hei kaikki & muut <3\nLohko');
  });

  it('shows an address once when the link text is the address itself', () => {
    expect(markdownToText('<https://vesanto.fi> ja info@vesanto.fi')).toBe('https://vesanto.fi ja info@vesanto.fi');
  });

  it('has nothing to print for an empty description', () => {
    expect(markdownToBlocks('  \n')).toEqual([]);
    expect(markdownToBlocks(null)).toEqual([]);
  });
});
