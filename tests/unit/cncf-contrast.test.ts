import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {MATURITIES} from '../../src/data/cncf/types';

const css = readFileSync(path.resolve(import.meta.dirname, '../../src/components/StageBadge/styles.module.css'), 'utf8');

function luminance(hex: string): number {
  const channels = (hex.match(/[0-9a-f]{2}/gi) ?? []).map((pair) => {
    const value = parseInt(pair, 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function colours(selector: string): {color: string; background: string} {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const block = new RegExp(`(?:^|\\n)${escaped} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
  const color = /\bcolor: (#[0-9a-f]{6});/i.exec(block)?.[1];
  const background = /\bbackground: (#[0-9a-f]{6});/i.exec(block)?.[1];
  assert.ok(color && background, `${selector} needs a #rrggbb color and background in StageBadge/styles.module.css`);
  return {color, background};
}

describe('stage badge colours meet WCAG AA (4.5:1)', () => {
  for (const stage of MATURITIES) {
    for (const selector of [`.${stage}`, `[data-theme='dark'] .${stage}`]) {
      it(selector, () => {
        const {color, background} = colours(selector);
        const ratio = contrast(color, background);
        assert.ok(ratio >= 4.5, `${selector}: ${color} on ${background} is ${ratio.toFixed(2)}:1`);
      });
    }
  }
});
