import type {PrismTheme} from 'prism-react-renderer';

const kebab = (property: string): string => property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function declarations(style: PrismTheme['plain']): string {
  return Object.entries(style)
    .filter(([, value]) => typeof value === 'string' || typeof value === 'number')
    .map(([property, value]) => `${kebab(property)}:${value}`)
    .join(';');
}

function rules(scope: string, theme: PrismTheme): string[] {
  const {color, backgroundColor} = theme.plain;
  return [
    `${scope}{--prism-color:${color};--prism-background-color:${backgroundColor}}`,
    ...theme.styles.map(({types, style}) => {
      const selectors = types.map((type) => `${scope === ':root' ? '' : `${scope} `}.prism-code .token.${type}`);
      return `${selectors.join(',')}{${declarations(style)}}`;
    }),
  ];
}

/**
 * The code colours as a stylesheet. Tokens carry Prism's class names, so a
 * colour-mode switch is a CSS change: no re-render, and no flash of light
 * colours in a dark page before the scripts run.
 */
export function prismThemeCss(light: PrismTheme, dark: PrismTheme): string {
  return [...rules(':root', light), ...rules("[data-theme='dark']", dark)].join('\n') + '\n';
}
