// "Mon pass": type the number and code printed on the pass, or scan its QR code; the answer says
// until when it is valid, for which programme, whether it was used, and where to use it. Input the
// page can reject never reaches the API.
import { lazy, Suspense, useRef, useState, type FormEvent, type InputHTMLAttributes, type RefObject } from 'react';
import { ApiError, graphql, serviceMessage, waitText } from '../api';
import { QrScanner } from '../components/QrScanner';
import { formatDate } from '../format';
import { usePage } from '../page';
import { checkPassCode, checkPassNumber, checkQrPayload, formatPassNumber } from '../pass-input';
import { hrefOf } from '../router';

interface HolderPass {
  passNumber: string;
  state: 'USABLE' | 'USED' | 'EXPIRED' | 'NOT_YET_USABLE';
  faceValue: { formatted: string };
  validFrom: string | null;
  validUntil: string | null;
  programme: { id: string; name: string | null } | null;
  usableIn: { level: string; name: string | null } | null;
}

// Loaded with the first valid answer: the first page needs only the form.
const PlaceFinder = lazy(() => import('../components/PlaceFinder').then((m) => ({ default: m.PlaceFinder })));

const MY_PASS = `query SiteMyPass($pass: PresentedPassInput!) {
  myPass(pass: $pass) { passNumber state faceValue { formatted } validFrom validUntil programme { id name } usableIn { level name } }
}`;

type Outcome = { pass: HolderPass } | { problem: string; tone: 'error' | 'warning' };

function refusalMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'UNKNOWN_PASS') return 'Nous ne trouvons aucun pass avec ce numéro et ce code. Vérifiez les deux, caractère par caractère.';
    if (error.code === 'TOO_MANY_ATTEMPTS')
      return `Trop d’essais pour ce pass ou depuis votre connexion. Par sécurité, réessayez dans ${waitText(error.retryAfterSeconds ?? 900)}.`;
  }
  return serviceMessage(error);
}

const PLACE_OF_LEVEL: Record<string, string> = { REGION: 'la région', DEPARTEMENT: 'le département', EPCI: 'l’intercommunalité', COMMUNE: 'la commune', ZONE: 'la zone' };

export function MyPass() {
  const heading = usePage('Mon pass');
  const [number, setNumber] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<{ number?: string; code?: string }>({});
  const [scanning, setScanning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const result = useRef<HTMLDivElement>(null);
  const numberInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);

  const check = async (pass: { passNumber: string; code: string } | { qrPayload: string }) => {
    setBusy(true);
    try {
      const data = await graphql<{ myPass: HolderPass }>(MY_PASS, { pass });
      setOutcome({ pass: data.myPass });
    } catch (error) {
      setOutcome({ problem: refusalMessage(error), tone: error instanceof ApiError && error.code === 'UNKNOWN_PASS' ? 'error' : 'warning' });
    } finally {
      setBusy(false);
      requestAnimationFrame(() => result.current?.focus());
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checkedNumber = checkPassNumber(number);
    const checkedCode = checkPassCode(code);
    const found = { number: checkedNumber.ok ? undefined : checkedNumber.message, code: checkedCode.ok ? undefined : checkedCode.message };
    setErrors(found);
    if (!checkedNumber.ok) return numberInput.current?.focus();
    if (!checkedCode.ok) return codeInput.current?.focus();
    void check({ passNumber: checkedNumber.value, code: checkedCode.value });
  };

  const scanned = (payload: string) => {
    setScanning(false);
    const read = checkQrPayload(payload);
    if (!read.ok) {
      setOutcome({ problem: read.message, tone: 'warning' });
      requestAnimationFrame(() => result.current?.focus());
      return;
    }
    setNumber(formatPassNumber(read.value.passNumber));
    setCode(read.value.code);
    void check({ qrPayload: payload.trim() });
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Mon pass
      </h1>
      <p className="fr-text--lead">Vérifiez que votre pass numérique est valable, et trouvez où l’utiliser.</p>
      <form onSubmit={submit} noValidate aria-label="Vérifier mon pass">
        <PassField
          id="pass-number"
          label="Numéro du pass"
          hint="12 chiffres, imprimés sous le code QR. Les espaces ne comptent pas."
          error={errors.number}
          input={{ ref: numberInput, name: 'passNumber', inputMode: 'numeric', autoComplete: 'off', value: number, onChange: (e) => setNumber(e.target.value) }}
        />
        <PassField
          id="pass-code"
          label="Code"
          hint="8 lettres et chiffres, imprimés à côté du numéro. Majuscules ou minuscules, comme vous voulez."
          error={errors.code}
          input={{ ref: codeInput, name: 'code', autoComplete: 'off', autoCapitalize: 'characters', spellCheck: false, value: code, onChange: (e) => setCode(e.target.value) }}
        />
        <ul className="fr-btns-group fr-btns-group--inline-sm">
          <li>
            <button type="submit" className="fr-btn" disabled={busy}>
              Vérifier mon pass
            </button>
          </li>
          <li>
            <button type="button" className="fr-btn fr-btn--secondary" onClick={() => setScanning(true)} disabled={busy || scanning}>
              Scanner le code QR
            </button>
          </li>
        </ul>
      </form>
      {scanning ? <QrScanner onScanned={scanned} onClose={() => setScanning(false)} /> : null}
      <div ref={result} tabIndex={-1} className="site-result" data-testid="pass-result" aria-live="polite">
        {outcome && 'problem' in outcome ? (
          <div className={`fr-alert fr-alert--${outcome.tone}`}>
            <h2 className="fr-alert__title">{outcome.tone === 'error' ? 'Pass introuvable' : 'Vérification impossible'}</h2>
            <p>{outcome.problem}</p>
          </div>
        ) : null}
        {outcome && 'pass' in outcome ? <PassAnswer pass={outcome.pass} /> : null}
      </div>
    </>
  );
}

function PassAnswer({ pass }: { pass: HolderPass }) {
  const programme = pass.programme?.name ? ` du programme « ${pass.programme.name} »` : '';
  const where = pass.usableIn?.name ? `${PLACE_OF_LEVEL[pass.usableIn.level] ?? ''} ${pass.usableIn.name}`.trim() : null;
  if (pass.state === 'USED') {
    return (
      <div className="fr-alert fr-alert--info">
        <h2 className="fr-alert__title">Ce pass a déjà été utilisé</h2>
        <p>
          Le pass {formatPassNumber(pass.passNumber)}
          {programme} a déjà servi dans un lieu. Il ne peut être utilisé qu’une fois. Si vous ne l’avez pas utilisé, adressez-vous à la structure qui vous l’a remis.
        </p>
      </div>
    );
  }
  if (pass.state === 'EXPIRED') {
    return (
      <div className="fr-alert fr-alert--warning">
        <h2 className="fr-alert__title">Ce pass n’est plus valable</h2>
        <p>
          Le pass {formatPassNumber(pass.passNumber)}
          {programme} {pass.validUntil ? `était valable jusqu’au ${formatDate(pass.validUntil)}` : 'a expiré'}. Il ne peut plus être utilisé.
        </p>
      </div>
    );
  }
  if (pass.state === 'NOT_YET_USABLE') {
    return (
      <div className="fr-alert fr-alert--info">
        <h2 className="fr-alert__title">Ce pass n’est pas encore utilisable</h2>
        <p>
          Le pass {formatPassNumber(pass.passNumber)}
          {programme} n’a pas encore été activé{pass.validFrom ? ` (il le sera à partir du ${formatDate(pass.validFrom)})` : ''}. Adressez-vous à la structure qui vous l’a remis.
        </p>
      </div>
    );
  }
  return (
    <>
      <div className="fr-alert fr-alert--success">
        <h2 className="fr-alert__title">Votre pass est valable</h2>
        <p data-testid="validity">
          Le pass {formatPassNumber(pass.passNumber)} vaut {pass.faceValue.formatted}
          {pass.validUntil ? ` et peut être utilisé jusqu’au ${formatDate(pass.validUntil)} inclus` : ''}.
        </p>
        {pass.programme?.name ? <p>Programme : {pass.programme.name}.</p> : null}
        {where ? <p>Utilisable dans {where}, dans un lieu qui accepte les pass de ce programme.</p> : null}
      </div>
      <div className="fr-mt-4w">
        <Suspense fallback={<p aria-live="polite">Chargement des lieux…</p>}>
          <PlaceFinder programmeId={pass.programme?.id} headingLevel={2} autoLocate openNowByDefault />
        </Suspense>
        <p className="fr-mt-2w">
          <a className="fr-link" href={hrefOf('ou-l-utiliser', { programme: pass.programme?.id })}>
            Voir tous les lieux de ce programme
          </a>
        </p>
      </div>
    </>
  );
}

/** A field of the pass form: its label and hint, and its error under it, announced with the field. */
function PassField(props: { id: string; label: string; hint: string; error?: string; input: InputHTMLAttributes<HTMLInputElement> & { ref: RefObject<HTMLInputElement | null> } }) {
  const { id, error } = props;
  return (
    <div className={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
      <label className="fr-label" htmlFor={id}>
        {props.label}
        <span className="fr-hint-text">{props.hint}</span>
      </label>
      <input
        {...props.input}
        id={id}
        className={`fr-input${error ? ' fr-input--error' : ''}`}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
      />
      {error ? (
        <p id={`${id}-error`} className="fr-error-text">
          {error}
        </p>
      ) : null}
    </div>
  );
}
