import { municipalityListSchema, type Municipality, type MunicipalityList } from '../domain/municipalities';
import data from '../domain/municipalities.json';

/** Statistics Finland's municipalities (the data file in src/domain, which names its year and source). */
export const municipalityList: MunicipalityList = municipalityListSchema.parse(data);

const byCode = new Map(municipalityList.municipalities.map((m) => [m.code, m]));

/** A municipality by its code, or undefined for a code the file does not have. */
export function municipalityOf(code: string): Municipality | undefined {
  return byCode.get(code);
}
