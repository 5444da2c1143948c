/** The fields of a delegate a list carries, in the order screens and messages show them. */
export const DELEGATE_FIELDS = ['fullName', 'title', 'organisation', 'group', 'seat'] as const;
export type DelegateField = (typeof DELEGATE_FIELDS)[number];
export type DelegateFields = Record<DelegateField, string>;
