import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { errorCodes } from '../apollo';
import { frenchMessage } from '../errors';

/** A failed call, said in French from its codes; nothing when there is no error. */
export function ErrorNotice(props: { error: unknown; title?: string }) {
  if (!props.error) return null;
  const codes = [...new Set(errorCodes(props.error))];
  return (
    <Alert
      severity="error"
      small
      className="fr-mb-2w"
      description={codes.map((code) => frenchMessage(code)).join(' ')}
      {...(props.title ? { title: props.title } : {})}
    />
  );
}
