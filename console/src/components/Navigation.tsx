// What a page change tells people who do not see it: the tab's title names the page, a skip link
// leads past the header, and the focus moves to the new page's heading (WCAG 2.4.1, 2.4.2, 2.4.3).
import { useEffect, useRef } from 'react';

export const CONSOLE_NAME = 'Console pass numérique';
const MAIN_ID = 'content';

/** The tab's title, "<page> — Console pass numérique", kept while the page is shown. */
export function usePageTitle(page: string) {
  useEffect(() => {
    document.title = `${page} — ${CONSOLE_NAME}`;
  }, [page]);
}

function focusWithoutScrollJump(element: HTMLElement) {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
}

/**
 * After a navigation (not on the first load, where the browser's own start is expected), the focus
 * goes to the main region, then to the page's h1 as soon as it is drawn, and back to it when a
 * page redraws its heading once its data has come — until the person moves the focus themselves.
 */
export function useFocusOnNavigation(key: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById(MAIN_ID);
    if (!main) return;
    const toHeading = () => {
      const heading = main.querySelector<HTMLElement>('h1');
      const lost = document.activeElement === main || document.activeElement === document.body || document.activeElement === null;
      if (heading && lost) focusWithoutScrollJump(heading);
    };
    main.focus();
    toHeading();
    const observer = new MutationObserver(toHeading);
    observer.observe(main, { childList: true, subtree: true });
    const stop = () => {
      observer.disconnect();
      clearTimeout(giveUp);
      window.removeEventListener('keydown', stop, true);
      window.removeEventListener('pointerdown', stop, true);
    };
    const giveUp = setTimeout(stop, 10_000);
    window.addEventListener('keydown', stop, true);
    window.addEventListener('pointerdown', stop, true);
    return stop;
  }, [key]);
}

/**
 * The DSFR's skip link. Pages live in the address's hash, so following "#content" would change
 * the page: the link moves the focus itself.
 */
export function SkipLink() {
  return (
    <div className="fr-skiplinks">
      <nav className="fr-container" aria-label="Accès rapide">
        <ul className="fr-skiplinks__list">
          <li>
            <a
              className="fr-link"
              href={`#${MAIN_ID}`}
              data-testid="skip-link"
              onClick={(event) => {
                event.preventDefault();
                const main = document.getElementById(MAIN_ID);
                if (main) focusWithoutScrollJump(main);
              }}
            >
              Aller au contenu
            </a>
          </li>
        </ul>
      </nav>
    </div>
  );
}
