/**
 * The copy button of every "Markdown으로 보기 / 복사" control: one click
 * listener for the document (a client module: docusaurus.config.ts), so the
 * control needs no hydration and works as soon as this script has run.
 * It fetches the page's Markdown copy and puts it on the clipboard, then says
 * so in the control's status line (a polite live region), in Korean.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

const BUTTON = '[data-markdown-copy]';
const STATUS = '[data-markdown-copy-status]';
/** How long the status line stays. */
const SHOW_MS = 4000;

async function markdownOf(href: string): Promise<string> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${href}: ${response.status}`);
  return response.text();
}

/**
 * The clipboard write starts in the click itself: a ClipboardItem takes the
 * text as a promise, so Safari, which drops the permission once the click
 * handler has awaited anything, still lets it through.
 */
async function copy(href: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    const blob = markdownOf(href).then((text) => new Blob([text], {type: 'text/plain'}));
    try {
      await navigator.clipboard.write([new ClipboardItem({'text/plain': blob})]);
      return;
    } catch {
      // Fall through to writeText.
    }
  }
  await navigator.clipboard.writeText(await markdownOf(href));
}

let timer: number | undefined;

function say(status: Element | null | undefined, message: string): void {
  if (!status) return;
  status.textContent = message;
  window.clearTimeout(timer);
  timer = window.setTimeout(() => (status.textContent = ''), SHOW_MS);
}

if (ExecutionEnvironment.canUseDOM) {
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>(BUTTON) : null;
    if (!button) return;
    const status = button.parentElement?.querySelector(STATUS);
    copy(button.dataset.markdownCopy!).then(
      () => say(status, 'Markdown을 클립보드에 복사했습니다.'),
      () => say(status, '복사하지 못했습니다. "Markdown으로 보기"에서 복사하세요.'),
    );
  });
}
