let builds = 0;

/** Tells one build's events from another's (never shown). */
export const nextBuildId = (): string => `build-${++builds}`;
