/**
 * Full-page navigation behind one seam: login and sign-out leave the app through here,
 * so tests can observe the destination instead of jsdom trying to load it.
 */
export const pageNavigation = {
  assign(href: string): void {
    window.location.assign(href);
  },
};
