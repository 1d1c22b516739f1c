import {ENGLISH_SUMMARY} from './ProjectRows/markup';

type English = Readonly<Record<string, string>>;

let loading: Promise<English> | undefined;

/**
 * The landscape's English descriptions by project name (src/data/cncf/plugin.ts
 * writes them). Not in the rows, whose HTML carries the Korean: loaded, once,
 * when a reader opens a row's English or types a search.
 */
export function loadEnglish(): Promise<English> {
  loading ??= import('@generated/cncf-summary/default/english.json').then(
    (module) => module.default,
    (error: unknown) => {
      // Offline for a moment: the next request tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Fills each open "영어 원문" in the rows that is still empty, with the English its row's project has. */
export function fillOpenEnglish(tbody: HTMLTableSectionElement, english: English): void {
  for (const details of Array.from(tbody.querySelectorAll<HTMLDetailsElement>('details[open]'))) {
    if (details.querySelector('p')) continue;
    const name = details.closest('tr')?.querySelector('a')?.textContent ?? '';
    const paragraph = document.createElement('p');
    paragraph.lang = 'en';
    paragraph.textContent = Object.hasOwn(english, name) ? english[name]! : '';
    details.append(paragraph);
  }
}

/** Whether an element is a row's English disclosure. */
export const isEnglishDisclosure = (target: EventTarget | null): target is HTMLDetailsElement =>
  target instanceof HTMLDetailsElement && target.querySelector('summary')?.textContent === ENGLISH_SUMMARY;
