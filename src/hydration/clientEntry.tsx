import {startTransition, type ComponentType, type ErrorInfo, type ReactNode} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import docusaurus from '@docusaurus/core/lib/client/docusaurus';
import preload from '@docusaurus/core/lib/client/preload';

/**
 * Docusaurus core's client entry, except that React DOM is a chunk of its
 * own, loaded while the page's route chunks load. It is half of what
 * main.js carried, and a phone compiled and ran all of it in the task that
 * evaluated main.js, before it could fetch the page's chunks; a separate
 * script is compiled off the main thread as it downloads. The app's modules
 * then load one group per task, letting the browser paint and handle input
 * in between.
 */

const hydrate = Boolean(process.env.HYDRATE_CLIENT_ENTRY);

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start(): Promise<void> {
  window.docusaurus = docusaurus;
  const routeChunks = preload(window.location.pathname);
  const reactDom = import(/* webpackChunkName: "react-dom-client" */ 'react-dom/client');
  await nextTask();
  const [{HelmetProvider}, {BrowserRouter, HashRouter}, {default: siteConfig}] = await Promise.all([
    import(/* webpackMode: "eager" */ 'react-helmet-async'),
    import(/* webpackMode: "eager" */ 'react-router-dom'),
    import(/* webpackMode: "eager" */ '@generated/docusaurus.config'),
  ]);
  await nextTask();
  const {default: App} = await import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/App');
  const [ReactDOM] = await Promise.all([reactDom, routeChunks]);

  const Router: ComponentType<{children?: ReactNode}> = siteConfig.future.experimental_router === 'hash' ? HashRouter : BrowserRouter;
  const container = document.getElementById('__docusaurus')!;
  const app = (
    <HelmetProvider>
      <Router>
        <App />
      </Router>
    </HelmetProvider>
  );
  const onRecoverableError = (error: unknown, errorInfo: ErrorInfo) => {
    console.error('Docusaurus React Root onRecoverableError:', error, errorInfo);
  };
  startTransition(() => {
    if (window.docusaurusRoot) {
      window.docusaurusRoot.render(app);
    } else if (hydrate) {
      window.docusaurusRoot = ReactDOM.hydrateRoot(container, app, {onRecoverableError});
    } else {
      window.docusaurusRoot = ReactDOM.createRoot(container, {onRecoverableError});
      window.docusaurusRoot.render(app);
    }
  });
}

if (ExecutionEnvironment.canUseDOM) {
  void start();
  // As in core: the entry accepts hot updates, so that in development an edit re-renders instead of reloading.
  (module as NodeJS.Module & {hot?: {accept: () => void}}).hot?.accept();
}
