import {createContext, useContext} from 'react';

/** The build's `tokens` prop of the code block being rendered, if it has one. */
export const HighlightedTokensContext = createContext<string | undefined>(undefined);

export const useHighlightedTokens = (): string | undefined => useContext(HighlightedTokensContext);
