// "Webhooks": where the platform tells an organisation's software what happened. List, register
// with the events wanted (the signing secret shown once), disable, enable, rotate the secret,
// delete, send a test call, and each webhook's delivery log with its attempts, to replay one.
import { gql } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { SecretOnce } from '../components/SecretOnce';
import { formatDate } from '../format';

const WEBHOOKS = gql`
  query Webhooks($id: ID!) {
    organisation(id: $id) {
      id
      webhooks {
        id
        url
        events
        status
        createdAt
        secretRotationEndsAt
      }
    }
  }
`;
const DELIVERIES = gql`
  query WebhookDeliveries($id: ID!) {
    webhook(id: $id) {
      id
      deliveries(first: 20) {
        edges {
          node {
            id
            event
            status
            attempts
            createdAt
            lastAttemptAt
            lastStatusCode
            lastError
          }
        }
      }
    }
  }
`;
const REGISTER = gql`
  mutation RegisterWebhook($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) {
      secret
      webhook {
        id
      }
    }
  }
`;
const ROTATE = gql`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(webhookId: $id) {
      secret
      webhook {
        id
        secretRotationEndsAt
      }
    }
  }
`;
const DISABLE = gql`
  mutation DisableWebhook($id: ID!) {
    disableWebhook(webhookId: $id) {
      id
      status
    }
  }
`;
const ENABLE = gql`
  mutation EnableWebhook($id: ID!) {
    enableWebhook(webhookId: $id) {
      id
      status
    }
  }
`;
const DELETE = gql`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(webhookId: $id)
  }
`;
const PING = gql`
  mutation PingWebhook($id: ID!) {
    pingWebhook(webhookId: $id) {
      id
    }
  }
`;
const REDELIVER = gql`
  mutation RedeliverWebhook($id: ID!) {
    redeliverWebhook(deliveryId: $id) {
      id
      status
    }
  }
`;

export const WEBHOOK_EVENTS: Record<string, string> = {
  'place.qualified': 'Lieu qualifié par un programme',
  'place.suspended': 'Lieu suspendu',
  'place.reinstated': 'Lieu rétabli',
  'place.revoked': 'Qualification du lieu retirée',
  'statement.approved': 'Relevé mensuel approuvé',
  'statement.paid': 'Relevé mensuel payé',
  'credential.revoked': 'Clé d’API révoquée',
  'delegation.requested': 'Délégation demandée par un éditeur',
  'delegation.accepted': 'Délégation acceptée',
  'delegation.declined': 'Délégation refusée',
  'delegation.revoked': 'Délégation révoquée',
};
const DELIVERY_STATUS: Record<string, string> = { PENDING: 'En attente', DELIVERED: 'Remis', FAILED: 'Échec' };

function DeliveryLog(props: { webhookId: string }) {
  const log = useQuery<any>(DELIVERIES, { variables: { id: props.webhookId }, fetchPolicy: 'network-only' });
  const [redeliver, redelivering] = useMutation<any>(REDELIVER);
  const deliveries: any[] = log.data?.webhook?.deliveries.edges.map((e: any) => e.node) ?? [];
  return (
    <div className="fr-mt-2w">
      <ErrorNotice error={log.error ?? redelivering.error} />
      <Button type="button" size="small" priority="tertiary" iconId="fr-icon-refresh-line" onClick={() => void log.refetch()}>
        Actualiser le journal
      </Button>
      <Table
        caption="Journal des envois"
        headers={['Événement', 'État', 'Tentatives', 'Créé le', 'Dernière tentative', 'Réponse', 'Action']}
        data={deliveries.map((d) => [
          WEBHOOK_EVENTS[d.event] ?? d.event,
          DELIVERY_STATUS[d.status] ?? d.status,
          String(d.attempts),
          formatDate(d.createdAt),
          d.lastAttemptAt ? new Date(d.lastAttemptAt).toLocaleString('fr-FR') : '—',
          d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : (d.lastError ?? '—'),
          <Button
            key={d.id}
            size="small"
            priority="secondary"
            disabled={redelivering.loading}
            onClick={() => void redeliver({ variables: { id: d.id } }).then(() => log.refetch()).catch(() => undefined)}
          >
            Renvoyer
          </Button>,
        ])}
      />
      {deliveries.length === 0 && !log.loading && <p>Aucun envoi pour l’instant.</p>}
    </div>
  );
}

export function Webhooks(props: { organisationId?: string }) {
  const organisationId = props.organisationId ?? '';
  const hooks = useQuery<any>(WEBHOOKS, { variables: { id: organisationId }, skip: !organisationId });
  const refetch = { refetchQueries: ['Webhooks'], awaitRefetchQueries: true };
  const [register, registering] = useMutation<any>(REGISTER, refetch);
  const [rotate, rotating] = useMutation<any>(ROTATE, refetch);
  const [disable, disabling] = useMutation<any>(DISABLE, refetch);
  const [enable, enabling] = useMutation<any>(ENABLE, refetch);
  const [remove, removing] = useMutation<any>(DELETE, refetch);
  const [ping, pinging] = useMutation<any>(PING);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const [secret, setSecret] = useState<string>();
  const [open, setOpen] = useState<string>();
  const [logVersion, setLogVersion] = useState(0);
  const busy = rotating.loading || disabling.loading || enabling.loading || removing.loading || pinging.loading;
  const list: any[] = hooks.data?.organisation?.webhooks ?? [];

  const onRegister = async (event: FormEvent) => {
    event.preventDefault();
    const { data } = await register({ variables: { input: { organisationId, url, events } } }).catch(() => ({ data: undefined }));
    if (!data) return;
    setSecret(data.registerWebhook.secret);
    setUrl('');
    setEvents([]);
  };
  const onRotate = async (id: string) => {
    const { data } = await rotate({ variables: { id } }).catch(() => ({ data: undefined }));
    if (data) setSecret(data.rotateWebhookSecret.secret);
  };
  const onPing = async (id: string) => {
    const { data } = await ping({ variables: { id } }).catch(() => ({ data: undefined }));
    if (!data) return;
    setOpen(id);
    setLogVersion((v) => v + 1);
  };
  const toggle = (name: string, on: boolean) => setEvents((current) => (on ? [...current, name] : current.filter((e) => e !== name)));

  return (
    <>
      <h1>Webhooks</h1>
      <p>
        La plateforme appelle l’adresse de vos webhooks à chaque événement choisi, au format Standard Webhooks, signé avec le secret du webhook. Un appel qui échoue est retenté pendant 48 heures.
      </p>
      {secret && <SecretOnce title="Secret de signature du webhook" secret={secret} onDone={() => setSecret(undefined)} />}
      <ErrorNotice error={hooks.error ?? rotating.error ?? disabling.error ?? enabling.error ?? removing.error ?? pinging.error} />
      {list.length === 0 && !hooks.loading && <p>Aucun webhook pour l’instant.</p>}
      {list.map((hook) => (
        <section key={hook.id} className="fr-card fr-p-3w fr-mb-3w" aria-label={`Webhook ${hook.url}`}>
          <h2 className="fr-h5">{hook.url}</h2>
          <p className="fr-mb-1w">
            {hook.status === 'ACTIVE' ? 'Actif' : 'Désactivé'} · créé le {formatDate(hook.createdAt)}
            {hook.secretRotationEndsAt && ` · ancien secret accepté jusqu’au ${new Date(hook.secretRotationEndsAt).toLocaleString('fr-FR')}`}
          </p>
          <p className="fr-mb-2w">Événements : {hook.events.map((e: string) => WEBHOOK_EVENTS[e] ?? e).join(', ')}</p>
          <div className="fr-btns-group fr-btns-group--inline-sm">
            <Button size="small" disabled={busy || hook.status !== 'ACTIVE'} onClick={() => void onPing(hook.id)}>
              Tester
            </Button>
            {hook.status === 'ACTIVE' ? (
              <Button size="small" priority="secondary" disabled={busy} onClick={() => void disable({ variables: { id: hook.id } }).catch(() => undefined)}>
                Désactiver
              </Button>
            ) : (
              <Button size="small" priority="secondary" disabled={busy} onClick={() => void enable({ variables: { id: hook.id } }).catch(() => undefined)}>
                Réactiver
              </Button>
            )}
            <Button size="small" priority="secondary" disabled={busy} onClick={() => void onRotate(hook.id)}>
              Changer le secret
            </Button>
            <Button size="small" priority="tertiary" disabled={busy} onClick={() => void remove({ variables: { id: hook.id } }).catch(() => undefined)}>
              Supprimer
            </Button>
            <Button size="small" priority="tertiary" aria-expanded={open === hook.id} onClick={() => setOpen(open === hook.id ? undefined : hook.id)}>
              {open === hook.id ? 'Masquer le journal' : 'Journal des envois'}
            </Button>
          </div>
          {open === hook.id && <DeliveryLog key={`${hook.id}-${logVersion}`} webhookId={hook.id} />}
        </section>
      ))}

      <h2 className="fr-mt-4w">Ajouter un webhook</h2>
      <form onSubmit={(e) => void onRegister(e)} aria-label="Ajouter un webhook">
        <ErrorNotice error={registering.error} />
        <Input label="Adresse (https)" hintText="Par exemple https://caisse.example.org/pass-numerique" nativeInputProps={{ type: 'url', value: url, onChange: (e) => setUrl(e.target.value), required: true }} />
        <Checkbox
          legend="Événements"
          options={Object.entries(WEBHOOK_EVENTS).map(([name, label]) => ({
            label,
            hintText: name,
            nativeInputProps: { checked: events.includes(name), onChange: (e) => toggle(name, e.target.checked) },
          }))}
        />
        <Button type="submit" disabled={registering.loading || !url.trim() || events.length === 0}>
          Ajouter le webhook
        </Button>
      </form>
    </>
  );
}
