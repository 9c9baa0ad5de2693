// "Changements de RIB à valider": the finance officer's queue of the places of the chosen programme
// that asked for new bank details. Each is approved or rejected (with a reason) after a
// confirmation; the one who asked can never decide, and the API says so in French.
import { gql } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { ProgrammePicker, useProgrammeChoice } from '../components/ProgrammePicker';
import { formatDate } from '../format';

const PENDING = gql`
  query PendingBankDetailsChanges($programmeId: ID!) {
    pendingBankDetailsChanges(programmeId: $programmeId) {
      id
      iban
      bic
      holder
      certificateDocumentId
      certificate {
        id
        fileName
        downloadUrl
      }
      requestedAt
      place {
        id
        name
        iban
        address {
          communeName
        }
      }
    }
  }
`;
const APPROVE = gql`
  mutation ApproveBankDetailsChange($id: ID!) {
    approveBankDetailsChange(requestId: $id) {
      id
      status
    }
  }
`;
const REJECT = gql`
  mutation RejectBankDetailsChange($id: ID!, $reason: String!) {
    rejectBankDetailsChange(requestId: $id, reason: $reason) {
      id
      status
    }
  }
`;

const formatIban = (iban: string | null | undefined) => (iban ? iban.replace(/(.{4})/g, '$1 ').trim() : '—');

type Decision = { id: string; kind: 'approve' | 'reject' };

export function BankDetailsApprovals(props: { programmeIds?: string[] }) {
  const choice = useProgrammeChoice(props.programmeIds);
  const programmeId = choice.programme?.id;
  const pending = useQuery<any>(PENDING, { variables: { programmeId }, skip: !programmeId, fetchPolicy: 'network-only' });
  const refetch = { refetchQueries: ['PendingBankDetailsChanges'], awaitRefetchQueries: true };
  const [approve, approving] = useMutation<any>(APPROVE, refetch);
  const [reject, rejecting] = useMutation<any>(REJECT, refetch);
  const [deciding, setDeciding] = useState<Decision>();
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string>();
  const requests: any[] = pending.data?.pendingBankDetailsChanges ?? [];

  const confirm = async () => {
    if (!deciding) return;
    const call = deciding.kind === 'approve' ? approve({ variables: { id: deciding.id } }) : reject({ variables: { id: deciding.id, reason } });
    const { data } = await call.catch(() => ({ data: undefined }));
    if (!data) return;
    setDone(deciding.kind === 'approve' ? 'Changement validé : les nouvelles coordonnées sont en vigueur.' : 'Changement refusé : le lieu en est informé.');
    setDeciding(undefined);
    setReason('');
  };

  return (
    <>
      <h1>Changements de RIB à valider</h1>
      <ProgrammePicker choice={choice} />
      <ErrorNotice error={pending.error ?? approving.error ?? rejecting.error} />
      {done && <Alert severity="success" small className="fr-mb-2w" description={done} />}
      <p>Vérifiez chaque nouvel IBAN sur le relevé d’identité bancaire joint avant de le valider : les relevés suivants seront payés sur ce compte.</p>
      {!pending.loading && requests.length === 0 && <p>Aucun changement en attente pour ce programme.</p>}
      <ul className="fr-raw-list" data-testid="pending-bank-details">
        {requests.map((r) => (
          <li key={r.id} className="fr-card fr-p-3w fr-mb-3w">
            <h2 className="fr-h5">
              {r.place?.name} {r.place?.address?.communeName ? `(${r.place.address.communeName})` : ''}
            </h2>
            <dl>
              <dt>IBAN actuel</dt>
              <dd>
                <code>{formatIban(r.place?.iban)}</code>
              </dd>
              <dt>Nouvel IBAN demandé</dt>
              <dd>
                <code>{formatIban(r.iban)}</code>
                {r.bic ? ` — BIC ${r.bic}` : ''}
              </dd>
              <dt>Titulaire</dt>
              <dd>{r.holder}</dd>
              <dt>Demandé le</dt>
              <dd>{formatDate(r.requestedAt)}</dd>
              <dt>Relevé d’identité bancaire</dt>
              <dd>
                {r.certificate?.downloadUrl ? (
                  <a href={r.certificate.downloadUrl} target="_blank" rel="noopener noreferrer">
                    {r.certificate.fileName} (nouvelle fenêtre)
                  </a>
                ) : (
                  <>
                    document <code>{r.certificateDocumentId}</code>
                  </>
                )}
              </dd>
            </dl>
            {deciding && deciding.id === r.id ? (
              <div role="group" aria-label="Confirmation">
                {deciding.kind === 'approve' ? (
                  <p>
                    Confirmez-vous que le nouvel IBAN <code>{formatIban(r.iban)}</code> correspond au relevé joint ?
                  </p>
                ) : (
                  <Input label="Motif du refus" nativeInputProps={{ name: 'reason', value: reason, onChange: (e) => setReason(e.target.value), required: true }} />
                )}
                <Button type="button" className="fr-mr-2w" disabled={approving.loading || rejecting.loading || (deciding.kind === 'reject' && !reason.trim())} onClick={() => void confirm()}>
                  {deciding.kind === 'approve' ? 'Confirmer la validation' : 'Confirmer le refus'}
                </Button>
                <Button type="button" priority="secondary" onClick={() => setDeciding(undefined)}>
                  Annuler
                </Button>
              </div>
            ) : (
              <div>
                <Button type="button" className="fr-mr-2w" onClick={() => { setDone(undefined); setDeciding({ id: r.id, kind: 'approve' }); }}>
                  Valider
                </Button>
                <Button type="button" priority="secondary" onClick={() => { setDone(undefined); setDeciding({ id: r.id, kind: 'reject' }); }}>
                  Refuser
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
