import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeCssString,
  escapeHtml,
  escapeMarkdownInline,
  escapeMarkdownText,
  escapeMermaidLabel,
  markdownCodeBlock,
  markdownCodeSpan,
} from '../../src/text/escape.js';
import { anyText } from '../helpers/any-text.js';
import { RAW_CONTROL } from '../helpers/expect-run.js';

describe('escapeHtml', () => {
  it('turns markup into text, both quotes included, so it is safe in content and attributes', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });

  it('shows terminal escapes and bidi overrides as visible text instead of passing them raw', () => {
    expect(escapeHtml('\u001b[31mred\u0007 \u202eevil')).toBe('\\e[31mred\\a \\u202eevil');
  });

  it('never lets a markup character or a control character through, whatever the text', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const out = escapeHtml(text);
        expect(out).not.toMatch(/[<>"']/);
        expect(out).not.toMatch(RAW_CONTROL);
        expect(out.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
    );
  });
});

describe('escapeCssString', () => {
  it('leaves no quote, backslash, angle bracket or line break that could end the string or the style sheet', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        expect(escapeCssString(text)).toMatch(/^(?:[A-Za-z0-9 ]|\\[0-9a-f]{1,6} )*$/);
      }),
    );
  });

  it('keeps plain words readable', () => {
    expect(escapeCssString('Fire plan')).toBe('Fire plan');
    expect(escapeCssString('</style>')).toBe('\\3c \\2f style\\3e ');
  });
});

describe('escapeMarkdownInline', () => {
  it('escapes what would start emphasis, code, links, HTML, table cells and maths', () => {
    expect(escapeMarkdownInline('*a* _b_ `c` [d](e) <f> | ~g~ $h$ #i')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\| \\~g\\~ \\$h\\$ \\#i',
    );
  });

  it('keeps a line from becoming a list item, heading or rule', () => {
    expect(escapeMarkdownInline('- item')).toBe('\\- item');
    expect(escapeMarkdownInline('+ item')).toBe('\\+ item');
    expect(escapeMarkdownInline('12. item')).toBe('12\\. item');
    expect(escapeMarkdownInline('3) item')).toBe('3\\) item');
    expect(escapeMarkdownInline('=====')).toBe('\\=====');
  });

  it('turns line breaks into spaces, so a heading or a table row cannot be split', () => {
    expect(escapeMarkdownInline('Title\n# Injected heading\r\n| a | b |')).toBe(
      'Title \\# Injected heading \\| a \\| b \\|',
    );
  });

  it('escapes & only where it would start an entity', () => {
    // In &#60; the # is escaped already, which is enough to stop the entity.
    expect(escapeMarkdownInline('Standards & Training &lt; &#60;')).toBe('Standards & Training \\&lt; &\\#60;');
  });

  it('shows control characters as visible escapes (the backslash itself escaped)', () => {
    expect(escapeMarkdownInline('\u001b[2J')).toBe('\\\\e\\[2J');
  });

  it('never leaves a line break, an unescaped pipe or a raw control character', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const out = escapeMarkdownInline(text);
        expect(out).not.toMatch(/[\r\n]/);
        expect(out).not.toMatch(RAW_CONTROL);
        expect(out.replace(/\\\\/g, '')).not.toMatch(/(^|[^\\])[|<`]/);
      }),
    );
  });
});

describe('escapeMarkdownText', () => {
  it('keeps every line inside its list item with a hard break and the item indent', () => {
    expect(escapeMarkdownText('first\n# second\n\n- third', '   ')).toBe(
      'first\\\n   \\# second\\\n   \\\n   \\- third',
    );
  });
});

describe('Markdown code', () => {
  it('fences a block with more backticks than the text holds', () => {
    expect(markdownCodeBlock('echo ```; ls', '  ', 'sh')).toBe('  ````sh\n  echo ```; ls\n  ````');
  });

  it('delimits a code span with more backticks than the text holds', () => {
    expect(markdownCodeSpan('a `b` c')).toBe('``a `b` c``');
    expect(markdownCodeSpan('`x')).toBe('`` `x ``');
  });
});

describe('escapeMermaidLabel', () => {
  it('writes quotes, brackets, pipes, angle brackets and backticks as Mermaid entities', () => {
    expect(escapeMermaidLabel('Is it "down"? [a] |b| <c> `d`;')).toBe(
      'Is it #34;down#34;? #91;a#93; #124;b#124; #60;c#62; #96;d#96;#59;',
    );
  });

  it('never leaves a character that could end a label or start Mermaid syntax', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        expect(escapeMermaidLabel(text)).not.toMatch(/["[\]{}|<>`\n\r]/);
      }),
    );
  });
});

describe('escapeMarkdownInline on plain words', () => {
  it.each([
    'Shut off all computer hardware.',
    "Called the Director's cell, left a message",
    'Is the power back on? (Yes/No)',
  ])('leaves %j as it is', (text) => {
    expect(escapeMarkdownInline(text)).toBe(text);
  });

  it.each([
    ['a leading bullet', '- item', '\\- item'],
    ['a number that starts a list', '1. first', '1\\. first'],
    ['two spaces kept as a run', 'a  b', 'a  b'],
  ])('still escapes %s', (_name, text, escaped) => {
    expect(escapeMarkdownInline(text)).toBe(escaped);
  });
});
