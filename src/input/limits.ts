/** Most diagnostics reported per file: the first ones, then one line saying how many more there were. */
export const MAX_DIAGNOSTICS = 50;
