#ifndef CASEDESK_CNCURSES_SHIM_H
#define CASEDESK_CNCURSES_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <ncursesw/curses.h>

// Swift 6 strict concurrency rejects ncurses' mutable globals; these accessors read them.
static inline WINDOW *cd_stdscr(void) { return stdscr; }
static inline int cd_lines(void) { return LINES; }
static inline int cd_cols(void) { return COLS; }
static inline int cd_colors(void) { return COLORS; }
static inline int cd_color_pairs(void) { return COLOR_PAIRS; }

#endif
