import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useActivePluginAndVersion, useLatestVersion} from '@docusaurus/plugin-content-docs/client';
import IconEdit from '@theme/Icon/Edit';
import EditThisPage from '@theme-original/EditThisPage';
import type EditThisPageType from '@theme/EditThisPage';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof EditThisPageType>;

/** "2.0 (최신)" → "2.0". */
const editionNumber = (label: string): string => label.replace(/\s*\(.*\)$/, '');

/**
 * The theme's edit link. An archived edition is never edited in place: its
 * edit link opens the latest edition's file (docusaurus.config.ts, editUrl),
 * and on its pages the link says so, "최신판(2.0) 원본 편집".
 */
export default function EditThisPageWrapper(props: Props): ReactNode {
  const active = useActivePluginAndVersion();
  const latest = useLatestVersion(active?.activePlugin.pluginId);
  if (!active?.activeVersion || active.activeVersion.name === latest.name) return <EditThisPage {...props} />;
  return (
    <Link to={props.editUrl} className={ThemeClassNames.common.editThisPage}>
      <IconEdit />
      최신판({editionNumber(latest.label)}) 원본 편집
    </Link>
  );
}
