/**
 * What the rows' HTML (./rowsHtml.ts) and the code that reads it back
 * (../readRows.ts) agree on. Kept apart from the data, so that reading the
 * rows in the browser brings none of it along.
 */

/** Between a row's category and subcategory, as it shows them. */
export const AREA_SEPARATOR = ' › ';

/** The summary of the disclosure that holds a row's English description. */
export const ENGLISH_SUMMARY = '영어 원문';
