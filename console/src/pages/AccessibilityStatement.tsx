// The accessibility statement the law asks of a public service's website (RGAA 4.1), stated as
// things are: the console has been checked with automated tools and keyboard walks, not audited.
export function AccessibilityStatement() {
  return (
    <>
      <h1 className="fr-h2">Déclaration d’accessibilité</h1>
      <p>
        La Région et les co-financeurs du pass numérique s’engagent à rendre leurs services numériques accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005. Cette
        déclaration s’applique à la console de suivi des programmes du pass numérique.
      </p>
      <h2 className="fr-h4">État de conformité</h2>
      <p>
        La console est <strong>partiellement conforme</strong> au référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1 : aucun audit complet n’a encore été mené.
      </p>
      <h2 className="fr-h4">Ce qui a été vérifié</h2>
      <ul>
        <li>Chaque page est analysée automatiquement (axe-core, règles WCAG 2.1 niveaux A et AA) par les tests de la console, qui échouent à la moindre anomalie relevée.</li>
        <li>Chaque page a un titre distinct ; un lien « Aller au contenu » mène au contenu principal ; à chaque changement de page, le focus est placé sur son titre.</li>
        <li>Les formulaires s’utilisent au clavier ; la recherche de commune suit le modèle de liste de suggestions (combobox) d’ARIA 1.2.</li>
        <li>Les graphiques et la carte sont doublés de tableaux et de textes qui donnent les mêmes chiffres.</li>
      </ul>
      <h2 className="fr-h4">Contenus non accessibles ou non vérifiés</h2>
      <ul>
        <li>Les relevés au format PDF ne sont pas balisés pour les lecteurs d’écran.</li>
        <li>Le parcours complet n’a pas été testé avec chacun des lecteurs d’écran courants (NVDA, JAWS, VoiceOver).</li>
        <li>Les couleurs de la carte ne sont pas le seul moyen d’information, mais leurs contrastes entre classes n’ont pas été vérifiés par un audit.</li>
      </ul>
      <h2 className="fr-h4">Établissement de cette déclaration</h2>
      <p>Cette déclaration a été établie à partir des tests automatisés et des vérifications au clavier de la console, publiées avec son code source.</p>
      <h2 className="fr-h4">Retour d’information et contact</h2>
      <p>Si vous ne pouvez pas accéder à un contenu ou à une fonctionnalité, contactez l’équipe du programme qui vous a ouvert votre accès : elle vous apportera l’information sous une autre forme.</p>
      <h2 className="fr-h4">Voies de recours</h2>
      <p>
        Si vous n’obtenez pas de réponse satisfaisante, vous pouvez écrire au Défenseur des droits, saisir un de ses délégués dans votre région, ou lui écrire gratuitement (Défenseur des droits,
        Libre réponse 71120, 75342 Paris CEDEX 07).
      </p>
    </>
  );
}
