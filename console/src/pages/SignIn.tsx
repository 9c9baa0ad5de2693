// Sign-in. With an identity provider (the console server's /auth/sign-in), one link to the
// provider's login; open data needs no sign-in. Without one (development role picker): pick a
// role, the console server signs a development token for it; `?org=<organisation id>` in the
// page's address signs in for another organisation than the demo one.
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useState } from 'react';
import { ROLE_DESCRIPTIONS, ROLE_LABELS, signIn, type ProviderSession, type Role, type Session } from '../session';

const ROLES = Object.keys(ROLE_LABELS) as Role[];

const PROVIDER_FAILURES: Record<string, string> = {
  refusee: 'La connexion n’a pas abouti : recommencez.',
  expiree: 'La demande de connexion a expiré : recommencez.',
};

export function SignIn(props: { onSignedIn(session: Session): void; provider: ProviderSession['kind'] | 'checking' }) {
  if (props.provider === 'checking') return <p aria-busy="true">Connexion…</p>;
  if (props.provider !== 'no-provider') return <ProviderSignIn onPublic={() => props.onSignedIn({ role: 'public' })} />;
  return <DevelopmentSignIn onSignedIn={props.onSignedIn} />;
}

function ProviderSignIn(props: { onPublic(): void }) {
  const failure = PROVIDER_FAILURES[new URLSearchParams(window.location.search).get('connexion') ?? ''];
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8">
        <h1 className="fr-h2">Se connecter</h1>
        {failure ? <Alert severity="error" small description={failure} className="fr-mb-2w" /> : null}
        <p>Les équipes des programmes, les distributeurs et les lieux se connectent avec leur compte professionnel.</p>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <a className="fr-btn" href="/auth/sign-in" data-testid="provider-sign-in">
              Se connecter
            </a>
          </li>
          <li>
            <a className="fr-btn fr-btn--secondary" href="/auth/sign-in?inscription=1" data-testid="provider-sign-up">
              Créer un compte
            </a>
          </li>
          <li>
            <button type="button" className="fr-btn fr-btn--secondary" data-role="public" onClick={props.onPublic}>
              {ROLE_LABELS.public}, sans connexion
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}

function DevelopmentSignIn(props: { onSignedIn(session: Session): void }) {
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState<Role | undefined>();
  const organisationId = new URLSearchParams(window.location.search).get('org') ?? undefined;

  const choose = async (role: Role) => {
    setBusy(role);
    setFailure(undefined);
    try {
      props.onSignedIn(await signIn(role, organisationId));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'La connexion a échoué.');
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-10">
        <h1 className="fr-h2">Se connecter</h1>
        <p>
          Environnement de développement : choisissez un rôle, la console obtient un jeton de développement pour ce rôle
          {organisationId ? (
            <>
              {' '}
              et l’organisation <code>{organisationId}</code>
            </>
          ) : (
            ' dans le programme de démonstration'
          )}
          .
        </p>
        {failure ? <Alert severity="error" small description={failure} className="fr-mb-2w" /> : null}
        <ul className="fr-grid-row fr-grid-row--gutters console-roles">
          {ROLES.map((role) => (
            <li key={role} className="fr-col-12 fr-col-sm-6 fr-col-lg-4">
              <div className="fr-tile fr-enlarge-button">
                <div className="fr-tile__body">
                  <div className="fr-tile__content">
                    <h2 className="fr-tile__title">
                      <button type="button" data-role={role} onClick={() => void choose(role)} disabled={busy !== undefined} aria-busy={busy === role}>
                        {ROLE_LABELS[role]}
                      </button>
                    </h2>
                    <p className="fr-tile__desc">{ROLE_DESCRIPTIONS[role]}</p>
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
