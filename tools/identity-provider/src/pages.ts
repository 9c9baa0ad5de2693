// The provider's pages: plain HTML forms with their style inline, so that they work without
// JavaScript and load nothing from the internet (oidc-provider's own pages fetch a web font).
import type { DemoAccount } from './demo-accounts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;background:#f6f6f6;color:#161616}
main{max-width:44rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border-top:4px solid #000091}
h1{font-size:1.5rem;margin-top:0}label{display:block;font-weight:600;margin-top:1rem}
input{display:block;width:100%;box-sizing:border-box;font-size:1rem;padding:.5rem;margin-top:.25rem;border:0;border-bottom:2px solid #3a3a3a;background:#eee}
button{margin-top:1.5rem;font-size:1rem;padding:.5rem 1.5rem;background:#000091;color:#fff;border:0;cursor:pointer}
button.secondary{background:#fff;color:#000091;border:1px solid #000091;margin-left:.5rem}
.error{color:#ce0500;font-weight:600}table{border-collapse:collapse;width:100%;font-size:.875rem;margin-top:1rem}
th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #ddd}code{font-size:.875rem}
`;

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} — fournisseur d’identité de développement</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export function loginPage(options: { action: string; signUp: string; clientName: string; accounts: readonly DemoAccount[]; password: string; login?: string; failed?: boolean }): string {
  const rows = options.accounts.map((a) => `<tr><td><code>${escapeHtml(a.login)}</code></td><td>${escapeHtml(a.name)}</td></tr>`).join('');
  return page(
    'Connexion',
    `<h1>Connexion à ${escapeHtml(options.clientName)}</h1>
<p>Fournisseur d’identité de <strong>développement</strong> du pass numérique : en production, la connexion passe par ProConnect ou le fournisseur de l’organisation.</p>
${options.failed ? '<p class="error" role="alert" id="login-error">Identifiant ou mot de passe incorrect.</p>' : ''}
<form method="post" action="${escapeHtml(options.action)}" autocomplete="off">
<label for="login">Identifiant ou adresse électronique</label><input id="login" name="login" required value="${escapeHtml(options.login ?? '')}" autofocus${options.failed ? ' aria-describedby="login-error"' : ''}>
<label for="password">Mot de passe</label><input id="password" name="password" type="password" required>
<button type="submit">Se connecter</button>
</form>
<p>Pas encore de compte ? <a href="${escapeHtml(options.signUp)}">Créer un compte</a></p>
<h2>Comptes de démonstration</h2>
<p>Mot de passe de chacun : <code>${escapeHtml(options.password)}</code></p>
<table><thead><tr><th scope="col">Identifiant</th><th scope="col">Personne</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

const SIGN_UP_PROBLEMS = {
  email: { field: 'email', text: 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.' },
  name: { field: 'name', text: 'Saisissez votre nom (200 caractères au plus).' },
  password: { field: 'password', text: 'Choisissez un mot de passe d’au moins 8 caractères.' },
  taken: { field: 'email', text: 'Un compte existe déjà avec cette adresse : connectez-vous.' },
} as const;

/** "Créer un compte": e-mail, name, password; a problem is said beside its field and at the top. */
export function signUpPage(options: { action: string; signIn: string; email?: string; name?: string; problem?: keyof typeof SIGN_UP_PROBLEMS }): string {
  const problem = options.problem && SIGN_UP_PROBLEMS[options.problem];
  const described = (field: string) => (problem?.field === field ? ' aria-describedby="signup-error" aria-invalid="true"' : '');
  return page(
    'Créer un compte',
    `<h1>Créer un compte</h1>
<p>Fournisseur d’identité de <strong>développement</strong> : le compte n’existe que tant que le fournisseur tourne. Une fois connecté, vous pourrez inscrire votre structure ou en rejoindre une avec une invitation.</p>
${problem ? `<p class="error" role="alert" id="signup-error">${escapeHtml(problem.text)}</p>` : ''}
<form method="post" action="${escapeHtml(options.action)}" autocomplete="off">
<label for="email">Adresse électronique</label><input id="email" name="email" type="email" required value="${escapeHtml(options.email ?? '')}" autofocus${described('email')}>
<label for="name">Nom et prénom</label><input id="name" name="name" required value="${escapeHtml(options.name ?? '')}"${described('name')}>
<label for="password">Mot de passe (8 caractères au moins)</label><input id="password" name="password" type="password" required minlength="8"${described('password')}>
<button type="submit">Créer mon compte</button>
</form>
<p>Déjà un compte ? <a href="${escapeHtml(options.signIn)}">Se connecter</a></p>`,
  );
}

/** oidc-provider's RP-initiated logout page: `form` is its own hidden form (id op.logoutForm, with its xsrf field). */
export function logoutPage(form: string, host: string): string {
  return page(
    'Déconnexion',
    `<h1>Se déconnecter de ${escapeHtml(host)} ?</h1>${form}
<button type="submit" form="op.logoutForm" value="yes" name="logout" autofocus>Oui, me déconnecter</button>
<button type="submit" form="op.logoutForm" class="secondary">Non, rester connecté</button>`,
  );
}

export function signedOutPage(): string {
  return page('Déconnecté', '<h1>Vous êtes déconnecté.</h1>');
}

export function errorPage(out: Record<string, string>): string {
  const lines = Object.entries(out).map(([key, value]) => `<p><strong>${escapeHtml(key)}</strong> : ${escapeHtml(String(value))}</p>`).join('');
  return page('Erreur', `<h1>La connexion n’a pas abouti</h1>${lines}`);
}
