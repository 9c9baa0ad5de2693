// The accessibility statement the RGAA asks every public service to publish.
import { usePage } from '../page';

export function Accessibility() {
  const heading = usePage('Déclaration d’accessibilité');
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Déclaration d’accessibilité
      </h1>
      <p>L’autorité qui publie ce site s’engage à le rendre accessible à tous, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.</p>
      <h2>État de conformité</h2>
      <p>
        Ce site est <strong>partiellement conforme</strong> au référentiel général d’amélioration de l’accessibilité (RGAA) version 4.1 : il n’a pas encore fait l’objet d’un audit complet.
      </p>
      <h2>Ce qui est vérifié</h2>
      <ul>
        <li>Chaque page a un titre qui lui est propre et un seul titre de premier niveau.</li>
        <li>Des liens d’évitement mènent directement au contenu et au menu.</li>
        <li>Quand vous changez de page, le curseur du clavier est placé sur son titre.</li>
        <li>La recherche de commune se fait au clavier (flèches, Entrée, Échap) et annonce les propositions aux lecteurs d’écran.</li>
        <li>Chaque erreur de saisie est expliquée en français sous le champ concerné.</li>
        <li>Chaque page est contrôlée automatiquement avec axe-core à chaque évolution du site, sur un écran de téléphone.</li>
        <li>Le code QR peut toujours être remplacé par la saisie du numéro et du code.</li>
      </ul>
      <h2>Ce qui n’est pas encore accessible</h2>
      <ul>
        <li>La lecture du code QR par l’appareil photo n’a pas d’équivalent vocal ; la saisie du numéro et du code reste possible.</li>
        <li>Il n’y a pas encore de carte des lieux : la liste donne les mêmes informations.</li>
      </ul>
      <h2>Nous signaler un problème</h2>
      <p>
        Si vous n’arrivez pas à utiliser un service de ce site, signalez-le à l’autorité qui vous a remis votre pass, ou à la structure qui vous l’a remis : elle vous aidera à obtenir l’information
        par un autre moyen.
      </p>
      <h2>Voie de recours</h2>
      <p>
        Si vous avez signalé un défaut d’accessibilité sans obtenir de réponse satisfaisante, vous pouvez écrire au Défenseur des droits, ou contacter le délégué du Défenseur des droits de votre
        département, ou écrire gratuitement, sans affranchissement, à : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.
      </p>
    </>
  );
}
