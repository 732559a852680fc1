/** A chart place as every page writes it. */
export const formatRank = (rank: number) => `No. ${rank}`
