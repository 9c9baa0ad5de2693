// Scans a pass's QR code with the phone's camera (@zxing/browser, loaded only when someone scans).
// Typed entry stays beside it: a refused camera or a phone without one is never a dead end.
import { useEffect, useRef, useState } from 'react';

export function QrScanner(props: { onScanned: (payload: string) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    let stopped = false;
    let controls: { stop(): void } | undefined;
    (async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw new Error('no camera');
        const { BrowserQRCodeReader } = await import('@zxing/browser');
        const reader = new BrowserQRCodeReader();
        const started = await reader.decodeFromVideoDevice(undefined, video.current!, (result, _error, running) => {
          if (!result || stopped) return;
          stopped = true;
          running.stop();
          props.onScanned(result.getText());
        });
        if (stopped) started.stop();
        else controls = started;
      } catch {
        setProblem('L’appareil photo n’est pas accessible (refusé, ou absent). Saisissez le numéro et le code imprimés sur le pass.');
      }
    })();
    return () => {
      stopped = true;
      controls?.stop();
    };
    // Started once per opening.
  }, []);

  return (
    <div className="fr-my-2w" data-testid="qr-scanner">
      {problem ? (
        <div className="fr-alert fr-alert--warning fr-alert--sm" role="alert">
          <p>{problem}</p>
        </div>
      ) : (
        <>
          <p id="qr-help">Placez le code QR du pass dans le cadre. La lecture se fait sur votre téléphone ; l’image n’est envoyée nulle part.</p>
          <video ref={video} className="site-video" muted playsInline aria-describedby="qr-help" />
        </>
      )}
      <button type="button" className="fr-btn fr-btn--tertiary fr-mt-1w" onClick={props.onClose}>
        Fermer l’appareil photo
      </button>
    </div>
  );
}
