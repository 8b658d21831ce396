import { describe, expect, it } from 'vitest';
import { dmMessagePayload } from './blocks.js';

describe('dmMessagePayload', () => {
  it('shows user text literally: no mention, broadcast or link can be smuggled in', () => {
    const { text, blocks } = dmMessagePayload({
      text: 'Promemoria: "<!channel> paga <@U0BOSS> & <https://evil.example|qui>"',
    });

    const shown = 'Promemoria: "&lt;!channel&gt; paga &lt;@U0BOSS&gt; &amp; &lt;https://evil.example|qui&gt;"';
    expect(text).toBe(shown);
    expect(blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: shown } }]);
  });

  it('gives each button a distinct action id per row and position, carrying its data', () => {
    const { blocks } = dmMessagePayload({
      text: 'Quale intendi?',
      buttons: [
        [
          { label: 'Dentista gio 10:30', data: 'pick:1' },
          { label: 'Dentista ven 9:00', data: 'pick:2' },
        ],
        [{ label: 'Nessuno', data: 'pick:none' }],
      ],
    });

    const buttons = blocks.flatMap((block) => (block.type === 'actions' ? block.elements : []));
    expect(buttons.map((b) => ('action_id' in b ? [b.action_id, 'value' in b ? b.value : undefined] : []))).toEqual([
      ['dm:0:0', 'pick:1'],
      ['dm:0:1', 'pick:2'],
      ['dm:1:0', 'pick:none'],
    ]);
  });

  it('splits a long text into sections within Slack limits without cutting an escaped character', () => {
    const longText = `${'a'.repeat(2_998)}&&${'b'.repeat(4_000)}`;

    const sections = dmMessagePayload({ text: longText }).blocks.map((block) =>
      block.type === 'section' ? (block.text?.text ?? '') : '',
    );

    expect(sections.every((section) => section.length <= 3_000)).toBe(true);
    expect(sections.join('')).toBe(`${'a'.repeat(2_998)}&amp;&amp;${'b'.repeat(4_000)}`);
    expect(sections[0]?.endsWith('a')).toBe(true);
  });

  it('shortens button labels to the 75 characters Slack accepts', () => {
    const { blocks } = dmMessagePayload({ text: 'x', buttons: [[{ label: 'l'.repeat(100), data: 'd' }]] });

    const [button] = blocks.flatMap((block) => (block.type === 'actions' ? block.elements : []));
    const label = button && 'text' in button && button.text ? button.text.text : '';
    expect([...label]).toHaveLength(75);
  });
});
