/** One step of the schema: applied once, in version order, never changed after it shipped. */
export interface Migration {
  version: number;
  name: string;
  up: string;
}
