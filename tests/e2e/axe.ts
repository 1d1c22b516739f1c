import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';

/**
 * axe's findings on the page as it is now, one line per rule with its first
 * nodes; within `include` only, if given (axe walks every node it is given).
 */
export async function violationsOn(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  const {violations} = await (include ? builder.include(include) : builder).analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}
