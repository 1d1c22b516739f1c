import type {RefObject} from 'react';

export type ProjectRowsProps = {
  readonly className?: string;
  readonly tbodyRef: RefObject<HTMLTableSectionElement | null>;
  /** Called once the rows are in the document, for the table to read them (../readRows.ts). */
  readonly onRows: (tbody: HTMLTableSectionElement) => void;
};
