import {translate} from '@docusaurus/Translate';

/** The theme's own labels (and so its translations), for the markup and the behaviour alike. */
export const wrapLabel = (): string =>
  translate({
    id: 'theme.CodeBlock.wordWrapToggle',
    message: 'Toggle word wrap',
    description: 'The title attribute for toggle word wrapping button of code block lines',
  });

export function copyLabel(copied: boolean): string {
  return copied
    ? translate({id: 'theme.CodeBlock.copied', message: 'Copied', description: 'The copied button label on code blocks'})
    : translate({
        id: 'theme.CodeBlock.copyButtonAriaLabel',
        message: 'Copy code to clipboard',
        description: 'The ARIA label for copy code blocks button',
      });
}

export const copyTitle = (): string =>
  translate({id: 'theme.CodeBlock.copy', message: 'Copy', description: 'The copy button label on code blocks'});
