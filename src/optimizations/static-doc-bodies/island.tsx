import type {ComponentType, ReactNode} from 'react';

/**
 * A component with state of its own inside a doc body, which is otherwise
 * server HTML that no component hydrates (./content.tsx). The server build
 * wraps each island a doc imports (./thinModule.ts): it renders inside a
 * marked <div>, and in the browser that <div> is hydrated as a React root of
 * its own. Islands take no props: nothing of the page's React tree reaches
 * them but the router and the browser flag.
 *
 * useId inside an island makes other ids than the server did; React keeps
 * the server's attributes when it hydrates and never writes an unchanged
 * one again, so each id and the attributes pointing at it stay paired.
 */
export function island(name: string, Component: ComponentType): ComponentType {
  return function Placed(props: object): ReactNode {
    if (Object.keys(props).length > 0)
      throw new Error(`The island ${name} takes no props (src/optimizations/static-doc-bodies/island.tsx).`);
    return (
      <div data-island={name}>
        <Component />
      </div>
    );
  };
}
