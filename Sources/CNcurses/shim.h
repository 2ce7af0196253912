#ifndef CASEDESK_CNCURSES_SHIM_H
#define CASEDESK_CNCURSES_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 strict concurrency rejects ncurses' mutable globals; these accessors read them.
static inline WINDOW *cd_stdscr(void) { return stdscr; }
static inline WINDOW *cd_curscr(void) { return curscr; }
static inline int cd_lines(void) { return LINES; }
static inline int cd_cols(void) { return COLS; }
static inline int cd_colors(void) { return COLORS; }
static inline int cd_color_pairs(void) { return COLOR_PAIRS; }

// Attribute and key macros that Swift cannot import.
static inline attr_t cd_a_bold(void) { return A_BOLD; }
static inline attr_t cd_a_dim(void) { return A_DIM; }
static inline attr_t cd_a_italic(void) { return A_ITALIC; }
static inline attr_t cd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cd_a_reverse(void) { return A_REVERSE; }
static inline int cd_key_f0(void) { return KEY_F0; }

// Mouse masks (macros built from NCURSES_MOUSE_MASK).
static inline mmask_t cd_mouse_mask_wanted(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int cd_mouse_is_press(mmask_t m) { return (m & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int cd_mouse_is_wheel_up(mmask_t m) { return (m & BUTTON4_PRESSED) != 0; }
static inline int cd_mouse_is_wheel_down(mmask_t m) { return (m & BUTTON5_PRESSED) != 0; }

// newterm on the process's own stdin/stdout (Swift cannot name C's stdout global safely).
// Unlike initscr, it returns NULL instead of exiting when the terminal is unusable.
static inline SCREEN *cd_newterm(void) { return newterm(NULL, stdout, stdin); }

// Writes one cell (a grapheme cluster of up to CCHARW_MAX wide characters) at (y, x).
// Falls back to the first character alone when ncurses rejects the cluster.
static inline int cd_put_cell(WINDOW *win, int y, int x, const wchar_t *wcs, attr_t attrs, short pair) {
    cchar_t cc;
    wchar_t buf[CCHARW_MAX + 1];
    size_t n = wcslen(wcs);
    if (n > CCHARW_MAX) n = CCHARW_MAX;
    memcpy(buf, wcs, n * sizeof(wchar_t));
    buf[n] = 0;
    if (setcchar(&cc, buf, attrs, pair, NULL) == ERR) {
        buf[1] = 0;
        if (setcchar(&cc, buf, attrs, pair, NULL) == ERR) return ERR;
    }
    return mvwadd_wch(win, y, x, &cc);
}

// Writes a run of plain ASCII in one call.
static inline int cd_put_ascii(WINDOW *win, int y, int x, const char *s, int n, attr_t attrs, short pair) {
    wattr_set(win, attrs, pair, NULL);
    return mvwaddnstr(win, y, x, s, n);
}

// ---- Terminal restore on exit, error and signals ----------------------------------------
// All restore state lives here, touched only through these functions, which TerminalUI calls
// from one Swift file (TerminalRestore.swift) so there is a single copy of it.
static inline volatile sig_atomic_t *cd_restore_armed(void) {
    static volatile sig_atomic_t armed = 0;
    return &armed;
}
static inline struct sigaction *cd_saved_actions(void) {
    static struct sigaction saved[65];
    return saved;
}

// Ends curses mode and turns off the terminal modes we turned on (bracketed paste, mouse).
// Does nothing when not armed, so it is idempotent.
static inline void cd_restore_terminal(void) {
    if (!*cd_restore_armed()) return;
    *cd_restore_armed() = 0;
    endwin();
    static const char off[] = "\033[?2004l\033[?1000l\033[?1002l\033[?1006l\033[?25h";
    ssize_t ignored = write(STDOUT_FILENO, off, sizeof off - 1);
    (void)ignored;
}

static inline void cd_restore_at_exit(void) { cd_restore_terminal(); }

// Restores the terminal, then lets the signal do what it would have done (the previous
// handler, e.g. Swift's backtracer, or the default action: SIGINT then exits with 130).
static inline void cd_restore_signal_handler(int sig) {
    cd_restore_terminal();
    if (sig > 0 && sig < 65) sigaction(sig, &cd_saved_actions()[sig], NULL);
    raise(sig);
}

static inline void cd_arm_restore(void) {
    static int installed = 0;
    *cd_restore_armed() = 1;
    if (installed) return;
    installed = 1;
    static const int signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = cd_restore_signal_handler;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction *old = &cd_saved_actions()[signals[i]];
        sigaction(signals[i], NULL, old);
        // A signal the parent chose to ignore (nohup) stays ignored.
        if (old->sa_handler == SIG_IGN) continue;
        sigaction(signals[i], &sa, NULL);
    }
    atexit(cd_restore_at_exit);
}

static inline void cd_disarm_restore(void) { *cd_restore_armed() = 0; }
static inline int cd_restore_is_armed(void) { return *cd_restore_armed(); }

// Writes raw control bytes to the terminal (bracketed paste, mouse modes) after curses output.
static inline void cd_write_stdout(const char *s) {
    fflush(stdout);
    ssize_t ignored = write(STDOUT_FILENO, s, strlen(s));
    (void)ignored;
}

#endif
