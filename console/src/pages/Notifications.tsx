// "Notifications": what the person was told about their organisation — a place's bank details
// changed (someone else asked, a finance officer approved) — newest first, each marked read.
import { gql } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ErrorNotice } from '../components/ErrorNotice';

const MY_NOTIFICATIONS = gql`
  query MyNotifications {
    myNotifications {
      id
      kind
      ibanMasked
      createdAt
      readAt
      place {
        id
        name
      }
    }
  }
`;
const MARK_READ = gql`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(notificationId: $id) {
      id
      readAt
    }
  }
`;

function sentence(n: any): string {
  if (n.kind === 'BANK_DETAILS_CHANGED') return `Les coordonnées bancaires de ${n.place?.name ?? 'votre lieu'} ont changé : nouveau compte ${n.ibanMasked}. Si vous n’êtes pas au courant, prévenez le programme sans attendre.`;
  return 'Nouvelle information sur votre organisation.';
}

export function Notifications() {
  const notifications = useQuery<any>(MY_NOTIFICATIONS, { fetchPolicy: 'network-only' });
  const [markRead, marking] = useMutation<any>(MARK_READ);
  const list: any[] = notifications.data?.myNotifications ?? [];
  return (
    <>
      <h1>Notifications</h1>
      <ErrorNotice error={notifications.error ?? marking.error} />
      {!notifications.loading && list.length === 0 && <p>Aucune notification.</p>}
      <ul className="fr-raw-list" data-testid="notifications">
        {list.map((n) => (
          <li key={n.id} className="fr-mb-2w">
            <p className="fr-mb-1v">
              {n.readAt ? '' : <strong>Non lue — </strong>}
              {new Date(n.createdAt).toLocaleString('fr-FR')} : {sentence(n)}
            </p>
            {!n.readAt && (
              <Button type="button" size="small" priority="tertiary" disabled={marking.loading} onClick={() => void markRead({ variables: { id: n.id } }).catch(() => undefined)}>
                Marquer comme lue
              </Button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
