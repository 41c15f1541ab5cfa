import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod/mini';
import { db } from './database';

/** Device-wide settings with their defaults; a stored value that no longer fits falls back to the default. */
export const settingsSchema = {
  /** The staff member's own desk, pre-selected on a new visit; null pre-selects nothing. */
  deskSector: z.catch(z.nullable(z.enum(['social', 'health'])), null),
  /** Paper of the slip printer: A5 sheet or 80 mm receipt roll. */
  slipFormat: z.catch(z.enum(['a5', 'receipt']), 'a5'),
};
export type SettingKey = keyof typeof settingsSchema;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingsSchema)[K]>;

/** Read a setting (its default when unset or unreadable). */
export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
  const row = await db.settings.get(key);
  return settingsSchema[key].parse(row?.value) as SettingValue<K>;
}

/** Write a setting; the value is checked against its schema first. */
export async function setSetting<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
  await db.settings.put({ key, value: settingsSchema[key].parse(value) });
}

/** A setting as live React state; undefined while loading. */
export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | undefined {
  return useLiveQuery(() => getSetting(key), [key]);
}
