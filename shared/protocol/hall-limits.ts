/** Bounds that keep a map drawable and a payload small: a congress of 1,500 fits twice over. */
export const HALL_LIMITS = { seats: 3000, blocks: 12, rowsPerBlock: 100, seatsPerRow: 120, label: 20, rowName: 10, blockName: 40 } as const;
