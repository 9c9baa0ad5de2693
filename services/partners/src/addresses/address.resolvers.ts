// The address value type shared by organisations and places; the commune's name comes from the official geography.
import { Geography } from '@pass-numerique/geography';
import type { Resolvers } from '../generated/resolvers-types';

export interface AddressValue {
  street: string;
  complement: string | null;
  postalCode: string;
  inseeCode: string;
}

export const addressResolvers: Resolvers = {
  PostalAddress: {
    communeName: (a) => Geography.load().commune(a.inseeCode)?.name ?? null,
    commune: (a) => ({ level: 'COMMUNE', code: a.inseeCode }),
  },
};
