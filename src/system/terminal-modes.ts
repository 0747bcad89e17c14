// The few terminal modes coop turns on and must turn off again, as escape
// sequences (xterm's, which every terminal emulator in use understands).

/** Bracketed paste: the terminal marks where a paste begins and ends (the text prompt keeps its line breaks). */
export const BRACKETED_PASTE_ON = '\x1b[?2004h';
export const BRACKETED_PASTE_OFF = '\x1b[?2004l';
/** A list prompt hides the cursor while it is drawn; a shell given the terminal back needs it shown. */
export const SHOW_CURSOR = '\x1b[?25h';
/** Erases from the cursor to the end of the screen: a prompt's lines under its cursor (its line of keys). */
export const ERASE_BELOW = '\x1b[J';
