// Cursor pagination as the API gives it (first/after, pageInfo): the page keeps the cursors it
// came through, so "previous" goes back without a backward cursor.
import { useState } from 'react';

export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return {
    after: cursors[cursors.length - 1],
    pageNumber: cursors.length,
    next: (endCursor: string | null | undefined) => endCursor && setCursors((c) => [...c, endCursor]),
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    reset: () => setCursors([undefined]),
  };
}

export function Pager(props: {
  label: string;
  pages: ReturnType<typeof useCursorPages>;
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null };
  totalCount?: number;
  pageSize: number;
}) {
  const { pages, pageInfo, totalCount, pageSize } = props;
  const pageCount = totalCount === undefined ? undefined : Math.max(1, Math.ceil(totalCount / pageSize));
  return (
    <nav role="navigation" className="fr-pagination console-pager" aria-label={`Pagination : ${props.label}`}>
      <ul className="fr-pagination__list">
        <li>
          <button type="button" className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" disabled={pages.pageNumber <= 1} onClick={pages.previous}>
            Page précédente
          </button>
        </li>
        <li>
          <span className="fr-pagination__link" aria-current="page">
            Page {pages.pageNumber}
            {pageCount ? ` sur ${pageCount}` : ''}
          </span>
        </li>
        <li>
          <button type="button" className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" disabled={!pageInfo?.hasNextPage} onClick={() => pages.next(pageInfo?.endCursor)}>
            Page suivante
          </button>
        </li>
      </ul>
    </nav>
  );
}
