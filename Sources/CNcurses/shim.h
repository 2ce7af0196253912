#ifndef CASEDESK_CNCURSES_SHIM_H
#define CASEDESK_CNCURSES_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <errno.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
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

// ncurses adds the window's current attributes and colour pair to every character written
// (render_char in lib_addch.c: the cell's attributes are OR-ed with the window's, and a cell of
// pair 0 takes the window's pair). Both writers below therefore set the window's attributes to
// the cell's own before writing and back to normal after: a cell written cell by cell once kept
// the bold, underline or colour of the ASCII run written before it, in whatever order the
// frame's runs came, so a repaint (Ctrl-L) drew the same wrong attributes again.

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
    wattr_set(win, attrs, pair, NULL);
    int r = mvwadd_wch(win, y, x, &cc);
    wattr_set(win, A_NORMAL, 0, NULL);
    return r;
}

// Writes a run of plain ASCII in one call.
static inline int cd_put_ascii(WINDOW *win, int y, int x, const char *s, int n, attr_t attrs, short pair) {
    wattr_set(win, attrs, pair, NULL);
    int r = mvwaddnstr(win, y, x, s, n);
    wattr_set(win, A_NORMAL, 0, NULL);
    return r;
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
// SIGTTOU is blocked meanwhile: a process outside the terminal's foreground group that sets
// the terminal's modes is sent SIGTTOU, which would stop it in the middle of the restore (and
// with it a SIGTERM's exit). When a shell already has the terminal, its own modes are put back
// after endwin instead of the modes CaseDesk started with.
static inline void cd_restore_terminal(void) {
    if (!*cd_restore_armed()) return;
    *cd_restore_armed() = 0;
    sigset_t ttou, previous;
    sigemptyset(&ttou);
    sigaddset(&ttou, SIGTTOU);
    pthread_sigmask(SIG_BLOCK, &ttou, &previous);
    struct termios shell;
    int background = isatty(STDIN_FILENO) && tcgetpgrp(STDIN_FILENO) != getpgrp()
        && tcgetattr(STDIN_FILENO, &shell) == 0;
    endwin();
    static const char off[] = "\033[?2004l\033[?1000l\033[?1002l\033[?1006l\033[?25h";
    ssize_t ignored = write(STDOUT_FILENO, off, sizeof off - 1);
    (void)ignored;
    if (background) tcsetattr(STDIN_FILENO, TCSADRAIN, &shell);
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
}

static inline void cd_restore_at_exit(void) { cd_restore_terminal(); }

// Restores the terminal, then lets the signal do what it would have done (the previous
// handler, e.g. Swift's backtracer, or the default action: SIGINT then exits with 130).
static inline void cd_restore_signal_handler(int sig) {
    cd_restore_terminal();
    if (sig > 0 && sig < 65) sigaction(sig, &cd_saved_actions()[sig], NULL);
    raise(sig);
}

// ---- Ctrl-Z ----------------------------------------------------------------------------
// The terminal's suspend key (Ctrl-Z) is read as a key, not turned into SIGTSTP by the
// terminal: that signal goes to the whole foreground group at once, so a shell or script that
// started CaseDesk (`(casedesk; echo done)`) stops at once, its interactive shell takes the
// terminal back and prints its prompt while CaseDesk is still leaving curses; CaseDesk's
// restore then hid that prompt (leaving the alternate screen) or, done from the background,
// was stopped by SIGTTOU, and its own stop came after `fg`: the job stopped again. Read as a
// key, the terminal is handed back first and the job is stopped after, all of it together
// (as vim does). A SIGTSTP sent from elsewhere (`kill -TSTP`) still only raises a flag: the
// program loop then gives the terminal back, stops the job and takes the terminal again when
// it is continued (`fg`), outside any signal handler.
static inline volatile sig_atomic_t *cd_stop_requested(void) {
    static volatile sig_atomic_t requested = 0;
    return &requested;
}
static inline void cd_tstp_handler(int sig) { (void)sig; *cd_stop_requested() = 1; }

// 1 when CaseDesk stops the job itself (SIGTSTP was not ignored by whoever started it).
static inline int *cd_tstp_handled(void) {
    static int handled = 0;
    return &handled;
}

// Takes the suspend character away from the terminal driver (so it arrives as a key) and
// returns it, or -1 when there is none (`stty susp undef`, SIGTSTP ignored, not a terminal).
// Called after curses set its modes and before def_prog_mode, so that curses' program mode,
// restored after every hand-over and stop, keeps it off; endwin gives the shell's back.
static inline int cd_take_suspend_key(void) {
    struct termios t;
    if (!*cd_tstp_handled() || tcgetattr(STDIN_FILENO, &t) != 0) return -1;
    cc_t c = t.c_cc[VSUSP];
    if (c == _POSIX_VDISABLE) return -1;
    t.c_cc[VSUSP] = _POSIX_VDISABLE;
    if (tcsetattr(STDIN_FILENO, TCSADRAIN, &t) != 0) return -1;
    return c;
}

// True when this process's group has the terminal (a shell has not taken it back).
static inline int cd_is_foreground(void) {
    return isatty(STDIN_FILENO) && tcgetpgrp(STDIN_FILENO) == getpgrp();
}

// True (once) when Ctrl-Z was pressed since the last call.
static inline int cd_take_stop_request(void) {
    if (!*cd_stop_requested()) return 0;
    *cd_stop_requested() = 0;
    return 1;
}

// Stops the whole job as the default SIGTSTP would (the shell sees it stopped); returns when
// the job is continued. An orphaned job (no job-control shell above it) is not stopped.
static inline void cd_stop_job(void) {
    struct sigaction dfl, old;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGTSTP, &dfl, &old);
    sigset_t set, previous;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &set, &previous);
    kill(0, SIGTSTP);
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    sigaction(SIGTSTP, &old, NULL);
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
    // Ctrl-Z: installed before newterm, so ncurses leaves SIGTSTP to us. Not when ignored.
    struct sigaction old_tstp;
    sigaction(SIGTSTP, NULL, &old_tstp);
    if (old_tstp.sa_handler != SIG_IGN) {
        struct sigaction tstp;
        memset(&tstp, 0, sizeof tstp);
        tstp.sa_handler = cd_tstp_handler;
        sigemptyset(&tstp.sa_mask);
        sigaction(SIGTSTP, &tstp, NULL);
        *cd_tstp_handled() = 1;
    }
    atexit(cd_restore_at_exit);
}

static inline void cd_disarm_restore(void) { *cd_restore_armed() = 0; }

// Writes raw control bytes to the terminal (bracketed paste, mouse modes) after curses output.
static inline void cd_write_stdout(const char *s) {
    fflush(stdout);
    ssize_t ignored = write(STDOUT_FILENO, s, strlen(s));
    (void)ignored;
}

// ---- Handing the terminal to another program ($EDITOR, $PAGER) ---------------------------
// The signals a handed-over program gets back at their default action, whatever CaseDesk
// did with them (handlers are reset by exec anyway; ignored ones would not be).
static inline void cd_default_signals(sigset_t *set) {
    static const int sigs[] = { SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGCHLD, SIGTERM, SIGHUP, SIGWINCH, SIGALRM, SIGUSR1, SIGUSR2, SIGCONT };
    sigemptyset(set);
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) sigaddset(set, sigs[i]);
}

// SIGTERM or SIGHUP that came while a handed-over program ran: acted on once it is over and
// its files are removed (cd_deferred_signal), not in the middle.
static inline volatile sig_atomic_t *cd_deferred(void) {
    static volatile sig_atomic_t sig = 0;
    return &sig;
}
static inline void cd_defer_handler(int sig) { *cd_deferred() = sig; }

// Runs `path` with `argv` and `envp` in CaseDesk's own process group, which is the terminal's
// foreground group, so the program can read keys and draw (a child in another group would be
// stopped by SIGTTIN/SIGTTOU). The child starts with default signal actions and nothing
// blocked. While it runs, CaseDesk ignores SIGINT and SIGQUIT (Ctrl-C in a cooked-mode editor
// reaches the whole group: it ends the editor, not CaseDesk), leaves SIGTSTP at its default
// (Ctrl-Z in the editor stops the whole job; `fg` continues both) and defers SIGTERM/SIGHUP.
// Returns 0 with the wait status in *status, or the errno of the failed spawn.
static inline int cd_spawn_foreground(const char *path, char *const argv[], char *const envp[], int *status) {
    struct sigaction ign, dfl, defer, old_int, old_quit, old_tstp, old_term, old_hup;
    memset(&ign, 0, sizeof ign);
    ign.sa_handler = SIG_IGN;
    sigemptyset(&ign.sa_mask);
    dfl = ign;
    dfl.sa_handler = SIG_DFL;
    defer = ign;
    defer.sa_handler = cd_defer_handler;
    *cd_deferred() = 0;
    sigaction(SIGINT, &ign, &old_int);
    sigaction(SIGQUIT, &ign, &old_quit);
    sigaction(SIGTSTP, &dfl, &old_tstp);
    sigaction(SIGTERM, NULL, &old_term);
    sigaction(SIGHUP, NULL, &old_hup);
    if (old_term.sa_handler != SIG_IGN) sigaction(SIGTERM, &defer, NULL);
    if (old_hup.sa_handler != SIG_IGN) sigaction(SIGHUP, &defer, NULL);

    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t defaults, none;
    cd_default_signals(&defaults);
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    pid_t pid;
    int err = posix_spawn(&pid, path, NULL, &attr, argv, envp);
    posix_spawnattr_destroy(&attr);
    if (err == 0) {
        while (waitpid(pid, status, 0) < 0) {
            if (errno != EINTR) { err = errno; break; }
        }
    }
    sigaction(SIGHUP, &old_hup, NULL);
    sigaction(SIGTERM, &old_term, NULL);
    sigaction(SIGTSTP, &old_tstp, NULL);
    sigaction(SIGQUIT, &old_quit, NULL);
    sigaction(SIGINT, &old_int, NULL);
    return err;
}

// The SIGTERM or SIGHUP deferred during the last hand-over (0: none); cleared.
static inline int cd_take_deferred_signal(void) {
    int sig = *cd_deferred();
    *cd_deferred() = 0;
    return sig;
}

// Wait-status decoding (macros Swift cannot import).
static inline int cd_exited(int status) { return WIFEXITED(status); }
static inline int cd_exit_status(int status) { return WEXITSTATUS(status); }
static inline int cd_signalled(int status) { return WIFSIGNALED(status); }
static inline int cd_term_signal(int status) { return WTERMSIG(status); }

// Drops input typed at the terminal but not yet read (keys meant for the program that has
// just ended, or a Ctrl-C): it must not run as CaseDesk commands.
static inline void cd_discard_typeahead(void) {
    if (isatty(STDIN_FILENO)) tcflush(STDIN_FILENO, TCIFLUSH);
}

#endif
