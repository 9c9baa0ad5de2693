// A secret the API shows once (a partner key, a webhook's signing secret): displayed with a copy
// button and the warning that it will never be shown again.
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';

export function SecretOnce(props: { title: string; secret: string; onDone(): void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.secret);
      setCopied(true);
    } catch {
      // Without clipboard permission the secret stays selectable on the page.
      setCopied(false);
    }
  };
  return (
    <Alert
      severity="warning"
      as="h2"
      className="fr-mb-3w"
      title={props.title}
      description={
        <>
          <p>Copiez-le maintenant et conservez-le dans le coffre de secrets du logiciel : il ne sera plus jamais affiché.</p>
          <p>
            <code data-testid="secret-once" style={{ wordBreak: 'break-all', userSelect: 'all' }}>
              {props.secret}
            </code>
          </p>
          <div className="fr-btns-group fr-btns-group--inline-sm">
            <Button type="button" size="small" iconId="fr-icon-clipboard-line" onClick={() => void copy()}>
              {copied ? 'Copié' : 'Copier'}
            </Button>
            <Button type="button" size="small" priority="secondary" onClick={props.onDone}>
              J’ai conservé le secret
            </Button>
          </div>
        </>
      }
    />
  );
}
