// "Où l'utiliser": the places that accept a programme's passes (or any programme's) near a
// commune, a postal code or the phone's position, nearest first — a list, always, and a map when the
// site has a tile source (PlacesMap). What the page
// can check (a postal code's shape, a position in France, a commune chosen from the list) is
// checked before any request.
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { ApiError, graphql, serviceMessage } from '../api';
import { formatDistance } from '../format';
import { SERVICES, SPECIFIC_SUPPORTS } from '../vocabulary';
import { CommuneCombobox, type Commune } from './CommuneCombobox';
import { PlacesMap, type MappedPlace } from './PlacesMap';
import { siteConfig, type MapTiles } from '../site-config';

interface FoundPlace {
  distanceMetres: number | null;
  openNow: boolean | null;
  openingStatus: string | null;
  openingHoursText: string[];
  directionsUrl: string | null;
  place: {
    id: string;
    name: string;
    phone: string | null;
    address: { street: string; complement: string | null; postalCode: string; communeName: string | null };
    services: string[];
    specificSupports: string[];
    accessibilityUrl: string | null;
    location: { latitude: number; longitude: number } | null;
  };
}
interface FinderAnswer {
  findPlaces: { origin: { kind: string; communes: Array<{ name: string }>; approximate: boolean } | null; radiusKilometres: number | null; places: FoundPlace[] };
}

const FIND = `query SiteFind($near: FinderOriginInput, $programmeId: ID, $service: MediationService, $openNow: Boolean) {
  findPlaces(near: $near, programmeId: $programmeId, service: $service, openNow: $openNow, first: 20) {
    origin { kind communes { name } approximate }
    radiusKilometres
    places {
      distanceMetres openNow openingStatus openingHoursText directionsUrl
      place { id name phone address { street complement postalCode communeName } services specificSupports accessibilityUrl location { latitude longitude } }
    }
  }
}`;

type Near = { inseeCode: string } | { postalCode: string } | { latitude: number; longitude: number };

/** Metropolitan France with Corsica, and the five overseas départements (as the API checks). */
const FRANCE: ReadonlyArray<[number, number, number, number]> = [
  [41.2, 51.2, -5.3, 9.7],
  [15.8, 16.6, -61.9, -60.9],
  [14.3, 14.9, -61.3, -60.7],
  [2.0, 6.0, -54.7, -51.5],
  [-21.5, -20.8, 55.1, 55.9],
  [-13.1, -12.6, 44.9, 45.4],
];
const inFrance = (latitude: number, longitude: number) => FRANCE.some(([s, n, w, e]) => latitude >= s && latitude <= n && longitude >= w && longitude <= e);

function currentPosition(): Promise<{ latitude: number; longitude: number }> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) return reject(new Error('unavailable'));
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ latitude: position.coords.latitude, longitude: position.coords.longitude }),
      reject,
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  });
}

function finderMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'UNKNOWN_POSTAL_CODE') return 'Aucune commune n’a ce code postal. Vérifiez les 5 chiffres, ou saisissez le nom de la commune.';
    if (error.code === 'UNKNOWN_COMMUNE') return 'Nous ne connaissons pas cette commune. Choisissez-la dans la liste proposée.';
    if (error.code === 'OUTSIDE_FRANCE') return 'Votre position semble hors de France : le pass s’utilise en France. Saisissez une commune.';
  }
  return serviceMessage(error);
}

export function PlaceFinder(props: { programmeId?: string; headingLevel?: 2 | 3; autoLocate?: boolean; openNowByDefault?: boolean }) {
  const id = useId();
  const [text, setText] = useState('');
  const [commune, setCommune] = useState<Commune | null>(null);
  const [service, setService] = useState('');
  const [openNow, setOpenNow] = useState(props.openNowByDefault ?? false);
  const [inputError, setInputError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<FinderAnswer['findPlaces'] | null>(null);
  const [mapTiles, setMapTiles] = useState<MapTiles | null>(null);
  useEffect(() => {
    let current = true;
    void siteConfig().then((config) => current && setMapTiles(config.mapTiles));
    return () => {
      current = false;
    };
  }, []);
  const [lastNear, setLastNear] = useState<Near | null>(null);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';

  const search = async (near: Near | null, filters = { service, openNow }) => {
    setBusy(true);
    setNotice(undefined);
    try {
      const data = await graphql<FinderAnswer>(FIND, { near, programmeId: props.programmeId, service: filters.service || null, openNow: filters.openNow });
      setAnswer(data.findPlaces);
      setLastNear(near);
    } catch (error) {
      setAnswer(null);
      const message = finderMessage(error);
      if (error instanceof ApiError && (error.code === 'UNKNOWN_POSTAL_CODE' || error.code === 'UNKNOWN_COMMUNE')) setInputError(message);
      else setNotice(message);
    } finally {
      setBusy(false);
    }
  };

  const locate = async () => {
    setInputError(undefined);
    let position;
    try {
      position = await currentPosition();
    } catch {
      setNotice('Votre position n’est pas disponible : autorisez-la dans votre navigateur, ou saisissez une commune ou un code postal.');
      return;
    }
    if (!inFrance(position.latitude, position.longitude)) {
      setNotice('Votre position semble hors de France : le pass s’utilise en France. Saisissez une commune ou un code postal.');
      return;
    }
    await search(position);
  };

  useEffect(() => {
    // Someone who already let the site know their position sees the nearest places at once.
    if (!props.autoLocate || !navigator.permissions) return;
    navigator.permissions
      .query({ name: 'geolocation' })
      .then((status) => {
        if (status.state === 'granted') void locate();
      })
      .catch(() => undefined);
    // Once, when shown.
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = text.trim();
    setInputError(undefined);
    if (typed === '') return setInputError('Saisissez une commune ou un code postal, ou utilisez le bouton « Autour de moi ».');
    if (/^\d+$/.test(typed.replace(/\s/g, ''))) {
      const digits = typed.replace(/\s/g, '');
      if (digits.length !== 5) return setInputError(`Un code postal compte 5 chiffres ; vous en avez saisi ${digits.length}.`);
      return void search({ postalCode: digits });
    }
    if (!commune || commune.name.toLowerCase() !== typed.toLowerCase().replace(/\s*\(.*\)$/, '')) return setInputError('Choisissez la commune dans la liste proposée pendant la saisie, ou saisissez son code postal.');
    void search({ inseeCode: commune.code });
  };

  const refilter = (next: { service: string; openNow: boolean }) => {
    setService(next.service);
    setOpenNow(next.openNow);
    if (answer) void search(lastNear, next);
  };

  const places = answer?.places ?? [];
  const mapped = useMemo<MappedPlace[]>(
    () => places.flatMap((found) => (found.place.location ? [{ id: found.place.id, name: found.place.name, ...found.place.location }] : [])),
    [places],
  );
  return (
    <section aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="fr-h4">
        Trouver un lieu près de chez vous
      </Heading>
      <form onSubmit={submit} noValidate>
        <CommuneCombobox
          value={text}
          error={inputError}
          onText={(value) => {
            setText(value);
            setCommune(null);
          }}
          onChoose={(chosen) => {
            setCommune(chosen);
            setText(chosen.name);
            setInputError(undefined);
          }}
        />
        <div className="fr-select-group">
          <label className="fr-label" htmlFor={`${id}-service`}>
            Pour quel besoin ?
          </label>
          <select id={`${id}-service`} className="fr-select" value={service} onChange={(e) => refilter({ service: e.target.value, openNow })}>
            <option value="">Tous les services</option>
            {Object.entries(SERVICES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-checkbox-group fr-mb-3w">
          <input type="checkbox" id={`${id}-open`} checked={openNow} onChange={(e) => refilter({ service, openNow: e.target.checked })} />
          <label className="fr-label" htmlFor={`${id}-open`}>
            Ouvert maintenant
          </label>
        </div>
        <ul className="fr-btns-group fr-btns-group--inline-sm">
          <li>
            <button type="submit" className="fr-btn" disabled={busy}>
              Rechercher
            </button>
          </li>
          <li>
            <button type="button" className="fr-btn fr-btn--secondary" onClick={() => void locate()} disabled={busy}>
              Autour de moi
            </button>
          </li>
        </ul>
      </form>
      {notice ? (
        <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w" role="alert">
          <p>{notice}</p>
        </div>
      ) : null}
      <div aria-live="polite" className="site-result" data-testid="finder-results">
        {answer ? (
          <>
            <p className="fr-text--bold" data-testid="finder-count">
              {places.length === 0
                ? `Aucun lieu${openNow ? ' ouvert en ce moment' : ''} à moins de ${answer.radiusKilometres ?? 100} km. Essayez sans le filtre, ou une autre commune.`
                : `${places.length} lieu${places.length > 1 ? 'x' : ''}${answer.origin ? (answer.origin.kind === 'POSITION' ? ' autour de vous' : ` près de ${answer.origin.communes.map((c) => c.name).slice(0, 3).join(', ')}`) : ''}, du plus proche au plus loin`}
            </p>
            {answer.origin?.approximate && places.length > 0 ? <p className="fr-text--sm">Distances à vol d’oiseau, mesurées depuis le centre des lieux de la commune.</p> : null}
            {mapTiles && mapped.length > 0 ? <PlacesMap tiles={mapTiles} places={mapped} /> : null}
            <ul className="site-places">
              {places.map((found) => (
                <PlaceItem key={found.place.id} found={found} headingLevel={props.headingLevel === 3 ? 4 : 3} />
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}

function PlaceItem({ found, headingLevel }: { found: FoundPlace; headingLevel: 3 | 4 }) {
  const { place } = found;
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  const supports = place.specificSupports.map((s) => SPECIFIC_SUPPORTS[s] ?? s);
  return (
    <li data-testid="place">
      <Heading className="fr-h6 fr-mb-1v">{place.name}</Heading>
      <p className="fr-mb-1v">
        {found.distanceMetres !== null ? <span className="fr-text--bold">{formatDistance(found.distanceMetres)} · </span> : null}
        {place.address.street}
        {place.address.complement ? `, ${place.address.complement}` : ''}, {place.address.postalCode} {place.address.communeName ?? ''}
      </p>
      {found.openingStatus ? (
        <p className={`fr-badge fr-badge--sm fr-badge--no-icon ${found.openNow ? 'fr-badge--success' : 'fr-badge--info'} fr-mb-1v`} data-testid="opening-status">
          {found.openingStatus}
        </p>
      ) : (
        <p className="fr-text--sm fr-mb-1v">Horaires non communiqués : appelez avant de vous déplacer.</p>
      )}
      {found.openingHoursText.length > 0 ? (
        <details className="fr-mb-1v">
          <summary>Horaires de la semaine</summary>
          <ul className="fr-text--sm">
            {found.openingHoursText.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {place.services.length > 0 ? <p className="fr-text--sm fr-mb-1v">Services : {place.services.map((s) => SERVICES[s] ?? s).join(' ; ')}.</p> : null}
      {supports.length > 0 ? <p className="fr-text--sm fr-mb-1v">Accompagnement adapté : {supports.join(', ')}.</p> : null}
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left fr-mt-1w">
        {place.phone ? (
          <li>
            <a className="fr-btn fr-btn--tertiary fr-icon-phone-line" href={`tel:${place.phone.replace(/\s/g, '')}`}>
              Appeler le {place.phone}
            </a>
          </li>
        ) : null}
        {found.directionsUrl ? (
          <li>
            <a className="fr-btn fr-btn--tertiary fr-icon-road-map-line" href={found.directionsUrl} target="_blank" rel="noopener noreferrer" title={`Itinéraire vers ${place.name} (nouvelle fenêtre)`}>
              Itinéraire
            </a>
          </li>
        ) : null}
        {place.accessibilityUrl ? (
          <li>
            <a className="fr-btn fr-btn--tertiary" href={place.accessibilityUrl} target="_blank" rel="noopener noreferrer" title={`Accessibilité de ${place.name} sur acceslibre (nouvelle fenêtre)`}>
              Accessibilité du lieu
            </a>
          </li>
        ) : null}
      </ul>
    </li>
  );
}
