/**
 * Where « Quitter ce site » goes: a neutral, widely used page that does not stand out in a
 * history list or on a screen seen over someone's shoulder.
 */
export const quickExitDestination = 'https://www.google.fr/';

/** Shift must be pressed this many times... */
export const shiftPressesToExit = 3;
/** ...within this many milliseconds. */
export const shiftWindowMs = 5000;
