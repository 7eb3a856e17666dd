import { lazy, type ComponentType } from "react";

/**
 * A `React.lazy` component whose code is left out of the first load but can be fetched ahead of
 * its first use (see `usePreloadWhenIdle`), so opening it later does not wait on the network.
 * A failed fetch is forgotten, so a preload that met a network blip does not fail the first use too.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  return Object.assign(lazy(preload), { preload });
}
