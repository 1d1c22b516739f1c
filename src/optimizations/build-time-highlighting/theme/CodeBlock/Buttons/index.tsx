import type {ReactNode} from 'react';
import clsx from 'clsx';
import IconCopy from '@theme/Icon/Copy';
import IconSuccess from '@theme/Icon/Success';
import IconWordWrap from '@theme/Icon/WordWrap';
// The theme's own stylesheets, so the buttons look exactly like the theme's.
import groupStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Buttons/styles.module.css';
import copyStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Buttons/CopyButton/styles.module.css';
import wrapStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Buttons/WordWrapButton/styles.module.css';
import {copyLabel, copyTitle, wrapLabel} from './labels';
import styles from './styles.module.css';

/**
 * The theme's word-wrap and copy buttons as server markup, hidden until
 * ./behaviour.ts (a client module) shows them and answers their clicks: the
 * theme drew them in the browser only, as React components in every block.
 * The wrap button stays hidden while the code fits.
 */
export default function CodeBlockButtons({className}: {className?: string}): ReactNode {
  return (
    <div className={clsx(className, groupStyles.buttonGroup, styles.group)} data-code-buttons="" hidden>
      <button type="button" className="clean-btn" aria-label={wrapLabel()} title={wrapLabel()} data-code-wrap="" hidden>
        <IconWordWrap className={wrapStyles.wordWrapButtonIcon} aria-hidden="true" />
      </button>
      <button type="button" className="clean-btn" aria-label={copyLabel(false)} title={copyTitle()} data-code-copy="">
        <span className={copyStyles.copyButtonIcons} aria-hidden="true">
          <IconCopy className={copyStyles.copyButtonIcon} />
          <IconSuccess className={copyStyles.copyButtonSuccessIcon} />
        </span>
      </button>
    </div>
  );
}
