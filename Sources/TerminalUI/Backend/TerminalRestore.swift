import CNcurses

/// The one owner of "put the terminal back": arms restore-on-exit and restore-on-signal
/// (SIGINT, SIGTERM, SIGHUP, SIGQUIT and the crash signals), and performs the restore.
/// The state lives in the C shim (a signal handler cannot touch Swift state safely); every
/// call to it is in this file, so there is a single copy of that state.
enum TerminalRestore {
    /// Installs the handlers (once) and marks curses as active.
    static func arm() { cd_arm_restore() }

    /// Ends curses mode and turns off paste and mouse modes; idempotent.
    static func restore() { cd_restore_terminal() }

    /// Curses is temporarily off (suspended for $EDITOR) or on again.
    static var isArmed: Bool { cd_restore_is_armed() != 0 }
    static func disarm() { cd_disarm_restore() }
    static func rearm() { cd_arm_restore() }
}
