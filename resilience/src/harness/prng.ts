// The kernel's reproducible draws, with what campaigns need beside: a campaign printed with its
// seed can be replayed request for request.
import { SeededRandom } from '@pass-numerique/kernel';

export class Prng extends SeededRandom {
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** A child generator: one stream of numbers per worker, still determined by the seed. */
  fork(): Prng {
    return new Prng(Math.floor(this.next() * 4_294_967_296));
  }
}
