// The address value type shared by organisations and places; the commune's name comes from the official geography.
import { Geography } from '@pass-numerique/geography';

interface AddressValue {
  street: string;
  complement: string | null;
  postalCode: string;
  inseeCode: string;
}

export const addressResolvers = {
  PostalAddress: {
    communeName: (a: AddressValue) => Geography.load().commune(a.inseeCode)?.name ?? null,
    commune: (a: AddressValue) => ({ level: 'COMMUNE', code: a.inseeCode }),
  },
};
