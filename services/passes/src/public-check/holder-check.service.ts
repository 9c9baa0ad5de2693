// "Mon pass": what the person holding a pass may learn of it by presenting its number and code —
// until when it is valid, for which programme, whether it was used, where it can be used.
// Nothing about them: not who handed it out, not where or when it was spent.
//
// Anyone may ask, so the brute-force brake (redemptions/guess-throttle.ts) does all the work: a
// wrong code is counted, before anything is read, against the caller (the gateway names an
// anonymous caller by its address) and the pass number, and answers exactly as a number that is
// no pass (UNKNOWN_PASS); past the limit on either, TOO_MANY_ATTEMPTS with the seconds to wait.
import type { DataSource } from 'typeorm';
import { isoDate, type Clock } from '@pass-numerique/kernel';
import { codeMatches, hasValidCheckDigit, normalisePassNumber, parseQrPayload } from '../orders/pass-numbers';
import { callerKey, passKey, type GuessThrottle } from '../redemptions/guess-throttle';
import { RedemptionError } from '../redemptions/redemption.errors';
import type { PresentedPass } from '../redemptions/redemption.service';
import { HolderCheckRepository } from './holder-check.repository';
import { holderStateOf, type HolderPassState } from './holder-check.rules';

export interface HolderPass {
  passNumber: string;
  state: HolderPassState;
  faceValueCents: number;
  validFrom: string | null;
  validUntil: string | null;
  programmeId: string;
  /** The pass's perimeter: where it may be spent. */
  usableIn: { level: string; code: string };
}

export class HolderCheckService {
  private readonly passes = new HolderCheckRepository();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly passCodeKey: Buffer,
    private readonly throttle: GuessThrottle,
  ) {}

  async check(presented: PresentedPass, caller: string): Promise<HolderPass> {
    const callerOnly = [callerKey(caller)];
    const read = this.read(presented);
    if (!read) {
      // Not a number of ours (the site refuses these before asking): counted against the caller alone.
      await this.throttle.assertAllowed(callerOnly);
      await this.throttle.recordFailure(callerOnly);
      throw unknownPass();
    }
    const keys = [callerKey(caller), passKey(read.number)];
    if (!codeMatches(this.passCodeKey, read.number, read.code)) {
      // Counted before anything is read: a wrong code costs and answers the same whether the number is a pass or not.
      await this.throttle.reserve(keys);
      throw unknownPass();
    }
    await this.throttle.assertAllowed(keys);
    const facts = await this.passes.passFacts(this.dataSource.manager, read.number);
    // A right code for a number that was never issued (the code is derived from the number).
    if (!facts) {
      await this.throttle.recordFailure(keys);
      throw unknownPass();
    }
    return {
      passNumber: read.number,
      state: holderStateOf(facts, isoDate(this.clock.now())),
      faceValueCents: Number(facts.face_value_cents),
      validFrom: facts.order_valid_from,
      validUntil: facts.valid_until,
      programmeId: facts.programme_id,
      usableIn: { level: facts.perimeter_level, code: facts.perimeter_code },
    };
  }

  private read(presented: PresentedPass): { number: string; code: string } | undefined {
    if (presented.qrPayload) return parseQrPayload(presented.qrPayload);
    const number = normalisePassNumber(presented.passNumber ?? '');
    return number && hasValidCheckDigit(number) ? { number, code: presented.code ?? '' } : undefined;
  }
}

function unknownPass(): RedemptionError {
  return new RedemptionError('UNKNOWN_PASS', 'no pass with this number and code', { field: 'passNumber' });
}
