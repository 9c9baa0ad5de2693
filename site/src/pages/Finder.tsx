// "Où l'utiliser", with or without a pass: the places that accept a programme's passes (chosen
// here, or carried from "Mon pass"), or any programme's.
import { serviceMessage } from '../api';
import { PlaceFinder } from '../components/PlaceFinder';
import { usePage } from '../page';
import { useProgrammes } from '../programmes';
import { hrefOf, type Route } from '../router';

export function Finder({ route }: { route: Route }) {
  const heading = usePage('Où utiliser mon pass');
  const { programmes, error } = useProgrammes();
  const programmeId = route.params.get('programme') ?? undefined;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Où utiliser mon pass
      </h1>
      <p className="fr-text--lead">Les lieux de médiation numérique qui acceptent le pass, du plus proche au plus loin.</p>
      <div className="fr-select-group">
        <label className="fr-label" htmlFor="finder-programme">
          Programme de votre pass
          <span className="fr-hint-text">Il est écrit sur le pass. Sans le choisir, vous voyez les lieux de tous les programmes.</span>
        </label>
        <select id="finder-programme" className="fr-select" value={programmeId ?? ''} onChange={(e) => (window.location.hash = hrefOf('ou-l-utiliser', { programme: e.target.value }))}>
          <option value="">Tous les programmes</option>
          {(programmes ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        {error ? <p className="fr-error-text">{serviceMessage(error)}</p> : null}
      </div>
      <PlaceFinder key={programmeId ?? 'all'} programmeId={programmeId} />
      <p className="fr-text--sm fr-mt-4w">La carte des lieux n’est pas encore proposée : la liste ci-dessus donne pour chaque lieu son adresse, sa distance et un lien d’itinéraire.</p>
    </>
  );
}
