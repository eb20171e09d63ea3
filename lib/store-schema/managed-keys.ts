/** The organisation's policy keys in `storage.managed` (public/managed_schema.json), apart from their parsing so a reader that only passes them on carries no rule schema. */
export const MANAGED_KEYS = ['rulePack', 'managedBy', 'lockedRuleIds', 'replaceDefaultPack'] as const;
