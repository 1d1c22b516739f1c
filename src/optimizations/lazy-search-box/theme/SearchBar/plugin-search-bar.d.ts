// The search plugin's navbar box, which this unit loads on demand by its path (./index.tsx).
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar' {
  import type {ReactNode} from 'react';

  export default function SearchBar(): ReactNode;
}
