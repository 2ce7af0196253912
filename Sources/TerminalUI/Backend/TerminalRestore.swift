import CNcurses

/// The one owner of "put the terminal back": arms restore-on-exit and restore-on-signal
/// (SIGINT, SIGTERM, SIGHUP, SIGQUIT and the crash signals), and performs the restore; and
/// Ctrl-Z (SIGTSTP), which the backend acts on between reads.
/// The state lives in the C shim (a signal handler cannot touch Swift state safely); every
/// call to it is in this file, so there is a single copy of that state.
enum TerminalRestore {
    /// Installs the handlers (once) and marks curses as active.
    static func arm() { cd_arm_restore() }

    /// Ends curses mode and turns off paste and mouse modes; idempotent.
    static func restore() { cd_restore_terminal() }

    /// Curses is temporarily off (suspended for $EDITOR) or on again.
    static func disarm() { cd_disarm_restore() }
    static func rearm() { cd_arm_restore() }

    /// True (once) when Ctrl-Z was pressed since the last call (the SIGTSTP handler, armed with
    /// the others, only raises a flag).
    static func takeStopRequest() -> Bool { cd_take_stop_request() != 0 }
    /// Stops the job as the default SIGTSTP would; returns when it is continued.
    static func stopJob() { cd_stop_job() }
    /// Takes the terminal's suspend character from the terminal driver, so Ctrl-Z arrives as
    /// a key (see `cd_take_suspend_key`); -1 when there is none. Here, with `arm`, because it
    /// reads state `arm` set.
    static func takeSuspendKey() -> Int32 { cd_take_suspend_key() }
}
