import type {ReactNode} from 'react';

/**
 * The browser's DocItem/Content in a production build. The theme's draws the
 * body's element and the MDX inside it; in the browser the doc module's
 * default export draws that element itself, with the server's HTML in it
 * (./content.tsx), so this only places it.
 */
export default function DocItemContent({children}: {children: ReactNode}): ReactNode {
  return children;
}
