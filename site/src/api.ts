// The site's one way to the API: a POST to /graphql on its own origin (its server passes it to the
// gateway). Every failure becomes an ApiError with a code the pages turn into plain French.
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(code);
  }
}

interface GraphQLAnswer<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; retryAfterSeconds?: number } }>;
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new ApiError('NETWORK');
  }
  if (response.status === 429) throw new ApiError('TOO_MANY_REQUESTS', Number(response.headers.get('retry-after')) || 60);
  let answer: GraphQLAnswer<T>;
  try {
    answer = (await response.json()) as GraphQLAnswer<T>;
  } catch {
    throw new ApiError(response.ok ? 'INTERNAL_SERVER_ERROR' : 'NETWORK');
  }
  const first = answer.errors?.[0];
  if (first) throw new ApiError(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.extensions?.retryAfterSeconds);
  if (!answer.data) throw new ApiError('INTERNAL_SERVER_ERROR');
  return answer.data;
}

/** "15 minutes", "1 minute", "40 secondes". */
export function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} seconde${seconds > 1 ? 's' : ''}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes > 1 ? 's' : ''}`;
}

/** What a person is told when a request fails for a reason of the service's, not of what they typed. */
export function serviceMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'NETWORK' || error.code === 'GATEWAY_UNREACHABLE') return 'Le service ne répond pas. Vérifiez votre connexion à internet, puis réessayez.';
    if (error.code === 'TOO_MANY_REQUESTS') return `Trop de demandes depuis votre connexion. Réessayez dans ${waitText(error.retryAfterSeconds ?? 60)}.`;
    if (error.code === 'SUBGRAPH_UNAVAILABLE') return 'Une partie du service est indisponible. Réessayez dans quelques instants.';
  }
  return 'Le service a rencontré un problème. Réessayez dans quelques instants.';
}
