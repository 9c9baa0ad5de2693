// A small client for partner software (a place's till, a distributor's case tool), written to
// be copied: no dependency but the platform's GraphQL endpoint and Node's fetch. See
// docs/partners.md for the whole story.
import { randomUUID } from 'node:crypto';

export interface PartnerClientOptions {
  /** The gateway's GraphQL endpoint, e.g. https://pass.example.fr/graphql. */
  endpoint: string;
  /** The secret issued to your software (pnk_…), kept in your secret store. */
  apiKey: string;
  /** How many times a request that failed on the network or with 429/503 is retried. */
  retries?: number;
  /**
   * For a software vendor's key (kind VENDOR): the organisation it acts for, under the delegation
   * that organisation accepted (sent as X-On-Behalf-Of). Omitted, the key acts for the vendor.
   */
  onBehalfOf?: string;
}

/** An error the platform answered with a code: branch on `code`, show `message`. */
export class PartnerApiError extends Error {
  override readonly name = 'PartnerApiError';
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface PresentedPass {
  /** The 12 printed digits… */
  passNumber?: string;
  /** …with the 8-character code printed beside them, */
  code?: string;
  /** …or the scanned QR payload instead of both. */
  qrPayload?: string;
}

export interface PassCheck {
  passNumber: string;
  status: string;
  redeemable: boolean;
  refusal: string | null;
  faceValue: { amount: string };
  validUntil: string | null;
}

export interface Redemption {
  id: string;
  passNumber: string;
  faceValue: { amount: string };
  redeemedAt: string;
  status: string;
}

export interface BeneficiaryProfile {
  ageBand: 'FROM_16_TO_25' | 'FROM_26_TO_44' | 'FROM_45_TO_59' | 'FROM_60_TO_74' | 'FROM_75';
  gender?: 'FEMALE' | 'MALE' | 'OTHER';
  situation: 'FAR_FROM_EMPLOYMENT' | 'JOB_SEEKER' | 'EMPLOYED' | 'STUDENT' | 'RETIRED' | 'INACTIVE' | 'OTHER';
  /** INSEE code of the commune of residence (not the postal code). */
  residenceInseeCode: string;
  /** The beneficiary agreed to this record. */
  consent: true;
}

export class PartnerClient {
  constructor(private readonly options: PartnerClientOptions) {}

  /** Valid? How much? Until when? Reveals nothing about the beneficiary. */
  async checkPass(pass: PresentedPass, placeId?: string): Promise<PassCheck> {
    const data = await this.call<{ checkPass: PassCheck }>(
      `query($pass: PresentedPassInput!, $placeId: ID) { checkPass(pass: $pass, placeId: $placeId) { passNumber status redeemable refusal faceValue { amount } validUntil } }`,
      { pass, placeId },
    );
    return data.checkPass;
  }

  /**
   * Redeems a pass at your place, exactly once. Keep the idempotency key with the sale: if the
   * answer is lost, calling again with the same key returns the first result instead of
   * redeeming twice. This method retries network failures with the same key for you.
   */
  async redeemPass(pass: PresentedPass, placeId: string, idempotencyKey: string = randomUUID()): Promise<Redemption> {
    const data = await this.call<{ redeemPass: Redemption }>(
      `mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id passNumber faceValue { amount } redeemedAt status } }`,
      { input: { pass, placeId, idempotencyKey } },
    );
    return data.redeemPass;
  }

  /** Your place's monthly statements (what you are paid, and the passes behind it). */
  async statements(placeId: string, month?: string): Promise<Array<{ id: string; month: string; passCount: number; amount: { amount: string }; status: string; justificationCsv: string }>> {
    const data = await this.call<{ statements: { edges: Array<{ node: any }> } }>(
      `query($placeId: ID, $month: String) { statements(placeId: $placeId, month: $month, first: 100) { edges { node { id month passCount amount { amount } status justificationCsv } } } }`,
      { placeId, month },
    );
    return data.statements.edges.map((e) => e.node);
  }

  /** Hands one pass (or a whole booklet) of yours to a beneficiary, with a pseudonymous profile: no name, no contact. */
  async handOut(target: { passNumber: string } | { bookletId: string }, profile: BeneficiaryProfile): Promise<{ id: string; validUntil: string; passCount: number }> {
    const data = await this.call<{ handOut: { id: string; validUntil: string; passCount: number } }>(
      `mutation($input: HandOutInput!) { handOut(input: $input) { id validUntil passCount } }`,
      { input: { ...target, profile } },
    );
    return data.handOut;
  }

  /** Gives unused booklets back, so the programme can move them where they are needed. */
  async returnBooklets(bookletIds: string[]): Promise<Array<{ id: string; state: string }>> {
    const data = await this.call<{ returnBooklets: Array<{ id: string; state: string }> }>(
      `mutation($ids: [ID!]!) { returnBooklets(bookletIds: $ids) { id state } }`,
      { ids: bookletIds },
    );
    return data.returnBooklets;
  }

  /** The booklets your organisation holds. */
  async myBooklets(organisationId: string): Promise<Array<{ id: string; number: string; state: string; passes: Array<{ number: string; status: string }> }>> {
    const data = await this.call<{ distributorBooklets: { edges: Array<{ node: any }> } }>(
      `query($id: ID!) { distributorBooklets(organisationId: $id, first: 100) { edges { node { id number state passes { number status } } } } }`,
      { id: organisationId },
    );
    return data.distributorBooklets.edges.map((e) => e.node);
  }

  private async call<Data>(query: string, variables: Record<string, unknown>): Promise<Data> {
    const attempts = (this.options.retries ?? 3) + 1;
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(this.options.endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': this.options.apiKey, ...(this.options.onBehalfOf ? { 'x-on-behalf-of': this.options.onBehalfOf } : {}) },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(10_000),
        });
      } catch (error) {
        if (attempt < attempts) {
          await sleep(250 * 2 ** attempt);
          continue;
        }
        throw new PartnerApiError('NETWORK_ERROR', `the platform could not be reached: ${(error as Error).message}`);
      }
      if ((response.status === 429 || response.status === 503) && attempt < attempts) {
        await sleep(Number(response.headers.get('retry-after') ?? 1) * 1000);
        continue;
      }
      const body = (await response.json()) as { data?: Data; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
      const error = body.errors?.[0];
      if (error) {
        const { code, ...details } = error.extensions ?? {};
        throw new PartnerApiError(String(code ?? 'UNKNOWN'), error.message, details);
      }
      return body.data as Data;
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
