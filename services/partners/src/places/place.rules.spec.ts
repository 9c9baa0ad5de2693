// Unit: the standard's rules for a place's description, without a database.
import schema from '../../reference/standard-mediation-num-v1.0.2.schema.json';
import { checkPlaceDescription, normalisePhone, openingHoursProblem, type PlaceDescriptionInput } from './place.rules';
import { vocabularyEnumResolvers } from './standard-vocabulary';
import { parseIban } from './qualification.rules';

const input = (overrides: Partial<PlaceDescriptionInput> = {}): PlaceDescriptionInput => ({
  name: 'Espace public numérique',
  street: '1 place de l’Hôtel de Ville',
  postalCode: '62000',
  inseeCode: '62041',
  services: ['Aide aux démarches administratives'],
  ...overrides,
});

const fieldsOf = (overrides: Partial<PlaceDescriptionInput>) => checkPlaceDescription(input(overrides), 'fallback').issues.map((i) => [i.field, i.code]);

describe('place description rules', () => {
  it('accepts a minimal description and fills in the external id', () => {
    const { value, issues } = checkPlaceDescription(input(), 'the-place-id');
    expect(issues).toEqual([]);
    expect(value).toMatchObject({ externalId: 'the-place-id', inseeCode: '62041', services: ['Aide aux démarches administratives'] });
  });

  it('reports every issue of a description at once, each naming its field', () => {
    expect(
      fieldsOf({ postalCode: '6200', openingHours: 'tous les jours', phone: '12', emails: ['nope'], websites: ['ftp://x.fr'], services: ['Jardinage'], latitude: 95, longitude: 2 }),
    ).toEqual([
      ['postalCode', 'INVALID_CODE'],
      ['location.latitude', 'INVALID_LOCATION'],
      ['phone', 'INVALID_PHONE'],
      ['emails.0', 'INVALID_EMAIL'],
      ['websites.0', 'INVALID_URL'],
      ['openingHours', 'INVALID_OPENING_HOURS'],
      ['services.0', 'BAD_USER_INPUT'],
    ]);
  });

  it('refuses an INSEE code of no commune, and finds a missing one from postal code and commune name', () => {
    expect(fieldsOf({ inseeCode: '62999' })).toEqual([['inseeCode', 'INVALID_CODE']]);
    expect(checkPlaceDescription(input({ inseeCode: null, postalCode: '80000', communeName: 'Amiens' }), 'x').value?.inseeCode).toBe('80021');
    expect(fieldsOf({ inseeCode: null, postalCode: '62000', communeName: 'Nulle Part' })).toEqual([['inseeCode', 'INVALID_CODE']]);
  });

  it('validates opening hours in the OpenStreetMap format', () => {
    expect(openingHoursProblem('Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off')).toBeNull();
    expect(openingHoursProblem('Mo-Fr 25:00-26:00')).toMatch(/./);
    expect(openingHoursProblem('lundi matin')).toMatch(/./);
    // The library guesses at French words, with a warning; the standard wants its syntax.
    expect(openingHoursProblem('le mardi')).toMatch(/English abbreviation/);
    expect(openingHoursProblem('24/7')).toBeNull();
  });

  it('writes phones in the international form the standard wants', () => {
    expect(normalisePhone('03 22 97 37 37')).toBe('+33322973737');
    expect(normalisePhone('+33 (0)3 22 97 37 37')).toBe('+33322973737');
    expect(normalisePhone('0590 12 34 56')).toBe('+33590123456');
    expect(normalisePhone('12')).toBeNull();
  });

  it('validates IBANs, with spaces, and only in the SEPA area', () => {
    expect(parseIban('FR76 3000 6000 0112 3456 7890 189')).toBe('FR7630006000011234567890189');
    expect(() => parseIban('FR76 3000 6000 0112 3456 7890 188')).toThrow(expect.objectContaining({ code: 'INVALID_IBAN', details: { field: 'iban' } }));
    expect(() => parseIban('not an iban')).toThrow(expect.objectContaining({ code: 'INVALID_IBAN' }));
    expect(() => parseIban('BR1800360305000010009795493C1')).toThrow(expect.objectContaining({ code: 'INVALID_IBAN' }));
  });

  it("spells every vocabulary value the way the standard's schema accepts it", () => {
    const columns: Record<string, string> = {
      MediationService: 'services',
      SpecificPublic: 'publics_specifiquement_adresses',
      SpecificSupport: 'prise_en_charge_specifique',
      FeeKind: 'frais_a_charge',
      AccessMode: 'modalites_acces',
      SupportMode: 'modalites_accompagnement',
      Mobility: 'itinerance',
      NationalScheme: 'dispositif_programmes_nationaux',
      TrainingLabel: 'formations_labels',
    };
    for (const [enumName, vocabulary] of Object.entries(vocabularyEnumResolvers)) {
      const field = schema.fields.find((f) => f.name === columns[enumName])!;
      const pattern = new RegExp((field.constraints as { pattern: string }).pattern, 'u');
      for (const label of Object.values(vocabulary)) expect([enumName, label, pattern.test(label)]).toEqual([enumName, label, true]);
    }
  });
});
