import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { frenchErrors } from '../apollo';

/** A failed call, said in French from its codes (and the fields they name); nothing when there is no error. */
export function ErrorNotice(props: { error: unknown; title?: string }) {
  if (!props.error) return null;
  return <Alert severity="error" small className="fr-mb-2w" description={frenchErrors(props.error)} {...(props.title ? { title: props.title } : {})} />;
}
