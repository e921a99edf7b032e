/** Sector codes (DESIGN.md §2), and the top-level section each sector's data lives in. */
export const SECTORS = ['coal-mine', 'hazardous-chemicals', 'road-transport', 'non-coal-mine', 'construction', 'fire-safety'] as const;

export type Sector = (typeof SECTORS)[number];

export const isSector = (value: string): value is Sector => (SECTORS as readonly string[]).includes(value);
