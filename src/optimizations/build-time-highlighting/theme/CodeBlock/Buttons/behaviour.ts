/**
 * What the code blocks' buttons do (./index.tsx draws them), for every block
 * on the page, as a client module: the buttons are shown once this has run,
 * the wrap button only while the code is too wide for its block or wrapped.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import copyStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Buttons/CopyButton/styles.module.css';
import wrapStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Buttons/WordWrapButton/styles.module.css';
import {sizeWatch} from '@site/src/lib/sizeWatch';
import {copyLabel} from './labels';

/** How long the copy button shows that it copied, as the theme's does. */
const COPIED_MS = 1000;

const blockOf = (element: Element): HTMLElement | null => element.closest<HTMLElement>('.theme-code-block');

/** The code as written: the lines drawn at build time, one per element. */
const codeOf = (block: HTMLElement): string =>
  Array.from(block.querySelectorAll('.token-line'), (line) => line.textContent ?? '').join('\n');

async function copy(button: HTMLButtonElement): Promise<void> {
  const block = blockOf(button);
  if (!block) return;
  const text = codeOf(block);
  // The clipboard API exists only in secure contexts; the theme's fallback covers plain HTTP on a local network.
  if (navigator.clipboard) {
    await navigator.clipboard.writeText(text);
  } else {
    const {default: copyText} = await import('copy-text-to-clipboard');
    copyText(text);
  }
  button.classList.add(copyStyles.copyButtonCopied!);
  button.setAttribute('aria-label', copyLabel(true));
  window.setTimeout(() => {
    button.classList.remove(copyStyles.copyButtonCopied!);
    button.setAttribute('aria-label', copyLabel(false));
  }, COPIED_MS);
}

function toggleWrap(button: HTMLButtonElement): void {
  const code = blockOf(button)?.querySelector('pre code');
  if (!(code instanceof HTMLElement)) return;
  const wrapped = button.classList.toggle(wrapStyles.wordWrapButtonEnabled!);
  if (wrapped) {
    code.style.whiteSpace = 'pre-wrap';
    // Long unbroken tokens (URLs, digests) must wrap too, or the scrollbar stays.
    code.style.overflowWrap = 'anywhere';
  } else {
    code.removeAttribute('style');
  }
}

/** Once wrapping is on, the button stays so the reader can turn it off. */
const sizes = sizeWatch((pre) => {
  const wrap = blockOf(pre)?.querySelector<HTMLElement>('[data-code-wrap]');
  if (wrap) wrap.hidden = !(wrap.classList.contains(wrapStyles.wordWrapButtonEnabled!) || pre.scrollWidth > pre.clientWidth);
});

/** Shows the buttons of the blocks drawn since the last call, and follows their code's width. */
function showButtons(): void {
  const groups = Array.from(document.querySelectorAll<HTMLElement>('[data-code-buttons][hidden]'));
  groups.forEach((group) => (group.hidden = false));
  sizes.watch(groups.flatMap((group) => blockOf(group)?.querySelector('pre') ?? []));
}

if (ExecutionEnvironment.canUseDOM) {
  // The server's blocks are in the document before any script runs: they work from now on.
  showButtons();
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-code-buttons] button') : null;
    if (button?.hasAttribute('data-code-copy')) void copy(button);
    else if (button?.hasAttribute('data-code-wrap')) toggleWrap(button);
  });
}

export function onRouteDidUpdate(): void {
  showButtons();
}
