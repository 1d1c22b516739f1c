import type {ComponentType, ReactNode} from 'react';

export type Island = {readonly name: string; readonly Component: ComponentType};

/**
 * A component with state of its own inside a doc body, which is otherwise
 * server HTML that no component hydrates (src/static/content.tsx). It renders
 * inside a marked <div>, and in the browser that <div> is hydrated as a React
 * root of its own. Islands take no props: nothing of the page's React tree
 * reaches them but the router and the browser flag.
 *
 * useId inside an island makes other ids than the server did; React keeps
 * the server's attributes when it hydrates and never writes an unchanged
 * one again, so each id and the attributes pointing at it stay paired.
 */
export function island(name: string, Component: ComponentType): ComponentType & {readonly island: Island} {
  function Placed(props: object): ReactNode {
    if (Object.keys(props).length > 0) throw new Error(`The island ${name} takes no props (src/static/island.tsx).`);
    return (
      <div data-island={name}>
        <Component />
      </div>
    );
  }
  return Object.assign(Placed, {island: {name, Component}});
}
