// Checks the deployment manifests offline, as the API server would admit them: every document of
// every YAML file under a folder (helm/ values apart) is validated against the schema of its kind
// — Kubernetes's own (kubernetes-models) and CloudNativePG's — and the platform's rules for a
// deployment an operator can rely on: every service of the platform manifest deployed as a
// subgraph with its Service, probes and resources on every container, two replicas and a
// disruption budget for every service. Prints one JSON report; exits 1 when anything is wrong.
//
//   node tools/platform/kubernetes-check.mjs deploy/kubernetes
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';

const folder = process.argv[2] ?? 'deploy/kubernetes';
const platformServices = createRequire(import.meta.url)('../../libs/platform-manifest/src/services.json').services;

/** Where the model of an apiVersion lives: the core group is `v1`, the others `<group>/<version>`. */
async function modelOf(apiVersion, kind) {
  const modules = apiVersion.startsWith('postgresql.cnpg.io/') ? [`@kubernetes-models/cloudnative-pg/${apiVersion}`] : [`kubernetes-models/${apiVersion}`];
  for (const name of modules) {
    try {
      const module = await import(name);
      if (module[kind]) return module[kind];
    } catch {
      // An unknown group: reported below.
    }
  }
  return undefined;
}

const problems = [];
const documents = [];
const files = readdirSync(folder, { recursive: true })
  .map(String)
  .filter((f) => /\.ya?ml$/.test(f) && !f.split(/[\\/]/).includes('helm'))
  .sort();
for (const file of files) {
  const path = join(folder, file);
  for (const document of parseAllDocuments(readFileSync(path, 'utf8'))) {
    if (document.errors.length > 0) {
      problems.push({ file: relative(folder, path), problem: `not YAML: ${document.errors[0].message}` });
      continue;
    }
    const manifest = document.toJS();
    if (manifest === null || manifest === undefined) continue;
    const where = { file: relative(folder, path), kind: manifest.kind, name: manifest.metadata?.name };
    documents.push({ ...where, namespace: manifest.metadata?.namespace, manifest });
    const Model = await modelOf(String(manifest.apiVersion), String(manifest.kind));
    if (!Model) {
      problems.push({ ...where, problem: `no schema for ${manifest.apiVersion} ${manifest.kind}` });
      continue;
    }
    try {
      new Model(manifest).validate();
    } catch (error) {
      problems.push({ ...where, problem: String(error.message ?? error).split('\n')[0] });
    }
  }
}

// The platform's own rules, beyond the schemas.
const byKind = (kind) => documents.filter((d) => d.kind === kind);
for (const d of documents) {
  if (d.kind !== 'Namespace' && d.namespace !== 'pass-numerique') problems.push({ file: d.file, kind: d.kind, name: d.name, problem: 'not in the pass-numerique namespace' });
}
for (const d of byKind('Deployment')) {
  const spec = d.manifest.spec ?? {};
  for (const container of spec.template?.spec?.containers ?? []) {
    for (const probe of ['readinessProbe', 'livenessProbe']) {
      if (!container[probe]) problems.push({ file: d.file, kind: d.kind, name: d.name, problem: `container ${container.name} has no ${probe}` });
    }
    if (!container.resources?.requests || !container.resources?.limits?.memory) problems.push({ file: d.file, kind: d.kind, name: d.name, problem: `container ${container.name} has no resource requests and memory limit` });
  }
  const component = spec.template?.metadata?.labels?.['app.kubernetes.io/component'];
  if (component === 'subgraph' || component === 'gateway') {
    if ((spec.replicas ?? 1) < 2) problems.push({ file: d.file, kind: d.kind, name: d.name, problem: 'fewer than two replicas' });
    const labels = spec.template.metadata.labels;
    const budget = byKind('PodDisruptionBudget').find((b) => Object.entries(b.manifest.spec?.selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v));
    if (!budget) problems.push({ file: d.file, kind: d.kind, name: d.name, problem: 'no PodDisruptionBudget selects it' });
  }
}

// A service the manifest lists but the cluster would not run: the gateway would call an address nobody answers.
for (const { name } of platformServices) {
  const deployment = byKind('Deployment').find((d) => d.name === name);
  if (!deployment) problems.push({ kind: 'Deployment', name, problem: 'a service of the platform manifest has no Deployment' });
  else if (deployment.manifest.spec?.template?.metadata?.labels?.['app.kubernetes.io/component'] !== 'subgraph') problems.push({ file: deployment.file, kind: 'Deployment', name, problem: 'not labelled app.kubernetes.io/component: subgraph' });
  if (!byKind('Service').some((d) => d.name === name)) problems.push({ kind: 'Service', name, problem: 'a service of the platform manifest has no Service' });
}

console.log(JSON.stringify({ documents: documents.map(({ manifest, ...d }) => d), problems }, null, 2));
process.exit(problems.length === 0 ? 0 : 1);
