// One title per page, and focus moved to the page's heading when a person navigates (not on the
// first load, where the browser starts at the top): screen-reader users hear where they arrived.
import { useEffect, useRef } from 'react';

let navigated = false;
window.addEventListener('hashchange', () => {
  navigated = true;
});

export function usePage<T extends HTMLElement = HTMLHeadingElement>(title: string) {
  const heading = useRef<T>(null);
  useEffect(() => {
    document.title = `${title} — Pass numérique`;
    if (navigated) heading.current?.focus();
  }, [title]);
  return heading;
}
