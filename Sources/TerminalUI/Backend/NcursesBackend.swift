import CNcurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncurses' wide-character API. All ncurses state of the program
/// is held here (and the restore state in `TerminalRestore`).
///
/// Start-up: setlocale(LC_ALL, ""), newterm, cbreak, noecho, keypad, nonl, set_escdelay(25) so
/// Esc reacts at once, curs_set(0), colours with the terminal's default background. `draw`
/// writes only the cells that changed since the previous frame, then one wnoutrefresh+doupdate.
/// The terminal is restored by `shutdown`, at exit, and on SIGINT/SIGTERM/SIGHUP/SIGQUIT and
/// crash signals (the signal then takes its normal course: Ctrl-C exits with status 130).
/// Ctrl-Z (the terminal's suspend key, read as a key: see `cd_take_suspend_key`) gives the
/// terminal back and then stops the whole job; `fg` brings the program back redrawn.
public final class NcursesBackend: Backend {
    /// Colour use: `.auto` follows the terminal (COLORS) and NO_COLOR.
    public enum ColorPreference: Sendable, Equatable {
        case auto
        case never
        case depth(ColorDepth)
    }

    public let colorDepth: ColorDepth
    private let window: UnsafeMutablePointer<WINDOW>
    private var previous: Buffer?
    private var decoder = KeyDecoder()
    private var pending: [InputEvent] = []
    private var pairs = ColorPairCache()
    private var attrCache: [Style: (attr_t, Int16)] = [:]
    private let pasteEnabled: Bool
    private let mouseEnabled: Bool
    private var isShutDown = false
    private var isSuspended = false
    /// The terminal's suspend character (Ctrl-Z), which the terminal driver no longer turns
    /// into SIGTSTP; nil when there is none.
    private var suspendKey: UInt32?

    private init(window: UnsafeMutablePointer<WINDOW>, colorDepth: ColorDepth, paste: Bool, mouse: Bool) {
        self.window = window
        self.colorDepth = colorDepth
        self.pasteEnabled = paste
        self.mouseEnabled = mouse
    }

    /// Takes over the terminal. Throws when stdin/stdout are not a terminal or ncurses cannot
    /// start for this TERM; the terminal is untouched in that case.
    public static func start(colorMode: ColorPreference = .auto, mouse: Bool = false,
                             bracketedPaste: Bool = true) throws -> NcursesBackend {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        setlocale(LC_ALL, "")
        let term = Environment.value("TERM") ?? ""
        // Armed before newterm so that ncurses sees our SIGINT/SIGTERM handlers and does not
        // install its own (which would exit with status 1 instead of dying by the signal).
        TerminalRestore.arm()
        guard cd_newterm() != nil, let win = cd_stdscr() else {
            TerminalRestore.disarm()
            throw TerminalError.cannotStart(term: term)
        }
        cbreak()
        noecho()
        nonl()
        keypad(win, true)
        meta(win, true)
        set_escdelay(25)
        curs_set(0)
        leaveok(win, true)
        let suspendKey = TerminalRestore.takeSuspendKey()
        // Curses' program mode, restored after each hand-over and stop, now has it off too.
        def_prog_mode()
        var depth = ColorDepth.monochrome
        if has_colors() {
            start_color()
            use_default_colors()
            switch colorMode {
            case .auto: depth = ColorDepth(colors: Int(cd_colors()), noColor: ColorDepth.noColorRequested(Environment.value("NO_COLOR")))
            case .never: depth = .monochrome
            case .depth(let d): depth = min(d, ColorDepth(colors: Int(cd_colors())))
            }
        }
        let paste = bracketedPaste && Environment.supportsBracketedPaste(term: term)
        let backend = NcursesBackend(window: win, colorDepth: depth, paste: paste, mouse: mouse)
        backend.pairs.limit = Int(min(cd_color_pairs(), 32767))
        backend.suspendKey = suspendKey >= 0 ? UInt32(suspendKey) : nil
        if mouse {
            mousemask(cd_mouse_mask_wanted(), nil)
            mouseinterval(0)
        }
        backend.enableModes()
        return backend
    }

    deinit { shutdown() }

    public var size: Size { Size(width: Int(cd_cols()), height: Int(cd_lines())) }

    public func draw(_ buffer: Buffer) {
        guard !isShutDown, !isSuspended else { return }
        if previous == nil || previous?.size != buffer.size {
            // First frame, or after a resize/resume: ncurses' idea of the screen is stale.
            werase(window)
            clearok(window, true)
        }
        for run in buffer.diff(from: previous) { write(run, from: buffer) }
        previous = buffer
        wnoutrefresh(window)
        doupdate()
    }

    public func readEvent(timeoutMilliseconds: Int, wakeFD: Int32) -> InputEvent? {
        guard wakeFD >= 0, timeoutMilliseconds != 0 else { return readEvent(timeoutMilliseconds: timeoutMilliseconds) }
        // Whatever is ready now first, ncurses' own read-ahead included (a key left over from a
        // sequence it did not match sits there, unseen by a poll of the descriptor).
        if let event = readEvent(timeoutMilliseconds: 0) { return event }
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: wakeFD, events: Int16(POLLIN), revents: 0)]
        let ready = poll(&fds, 2, Int32(clamping: timeoutMilliseconds))
        if ready > 0, fds[0].revents == 0 { return nil }          // a message: the loop takes it
        if ready == 0 { return nil }                               // the time ran out
        // Input (read as before, with its time for the rest of a sequence), or a signal
        // (EINTR: a resize for ncurses to report, or a stop asked for).
        return readEvent(timeoutMilliseconds: ready > 0 ? timeoutMilliseconds : 0)
    }

    public func readEvent(timeoutMilliseconds: Int) -> InputEvent? {
        if let event = stopIfAsked() { return event }
        if !pending.isEmpty { return pending.removeFirst() }
        guard !isShutDown else { return nil }
        var timeout = timeoutMilliseconds
        while true {
            wtimeout(window, Int32(clamping: timeout))
            var wch: wint_t = 0
            let r = wget_wch(window, &wch)
            if r == ERR {
                if let event = stopIfAsked() { return event }
                // Nothing (more) came in time: a pending Esc is a lone Esc.
                pending += decoder.flush()
                return pending.isEmpty ? nil : pending.removeFirst()
            }
            if r == KEY_CODE_YES {
                let code = Int32(wch)
                if code == KEY_RESIZE {
                    pending += decoder.flush()
                    previous = nil
                    pending.append(.resize(size))
                } else if code == KEY_MOUSE {
                    if let m = mouseEvent() { pending += decoder.flush(); pending.append(.mouse(m)) }
                } else {
                    pending += decoder.feed(.keyCode(code))
                }
            } else if UInt32(wch) == suspendKey, !decoder.isInPaste {
                // Keys read before it were typed for the frame being left; resume drops them.
                stop()
                return .resize(size)
            } else {
                pending += decoder.feed(.char(UInt32(wch)))
            }
            if !decoder.isPending, !pending.isEmpty { return pending.removeFirst() }
            // Inside a sequence the rest is already on its way: wait only briefly for it.
            timeout = decoder.isInPaste ? 200 : (decoder.isPending ? 0 : timeoutMilliseconds)
        }
    }

    public func suspend() {
        guard !isShutDown, !isSuspended else { return }
        isSuspended = true
        // When a shell has already taken the terminal back (a SIGTSTP from outside stopped
        // our parent first), the modes now set are the shell's, not ours: keep ours.
        if cd_is_foreground() != 0 { def_prog_mode() }
        TerminalRestore.restore()
    }

    public func resume() {
        guard !isShutDown, isSuspended else { return }
        isSuspended = false
        TerminalRestore.rearm()
        reset_prog_mode()
        // Keys read ahead for the program that had the terminal are not ours.
        flushinp()
        decoder = KeyDecoder()
        pending = []
        curs_set(0)
        previous = nil
        enableModes()
        // endwin turned mouse reporting off; asking for the mask again turns it back on.
        if mouseEnabled { mousemask(cd_mouse_mask_wanted(), nil) }
        wrefresh(window)
    }

    public func copyToClipboard(_ text: String) {
        guard !isShutDown, !isSuspended else { return }
        // After curses' own output, so the sequence never lands inside a half-written frame.
        cd_write_stdout(ClipboardMode.osc52(text))
    }

    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        TerminalRestore.restore()
    }

    /// A SIGTSTP from outside (which only raised a flag): give the terminal back, stop the job as
    /// the shell expects, and on `fg` take the terminal again. The `.resize` it returns makes
    /// the program draw a whole frame (and learn the size, which may have changed meanwhile).
    private func stopIfAsked() -> InputEvent? {
        guard !isShutDown, !isSuspended, TerminalRestore.takeStopRequest() else { return nil }
        stop()
        return .resize(size)
    }

    private func stop() {
        suspend()
        TerminalRestore.stopJob()
        resume()
    }

    private func enableModes() {
        if pasteEnabled { cd_write_stdout("\u{1B}[?2004h") }
    }

    private func mouseEvent() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y)
        if cd_mouse_is_wheel_up(event.bstate) != 0 { return MouseEvent(x: x, y: y, kind: .wheelUp) }
        if cd_mouse_is_wheel_down(event.bstate) != 0 { return MouseEvent(x: x, y: y, kind: .wheelDown) }
        if cd_mouse_is_press(event.bstate) != 0 { return MouseEvent(x: x, y: y, kind: .press) }
        return nil
    }

    // MARK: Drawing

    private func write(_ run: DiffRun, from buffer: Buffer) {
        let (attrs, pair) = attributes(for: run.style)
        if TextWidth.asciiPrintableCount(run.text) != nil {
            run.text.withCString { _ = cd_put_ascii(window, Int32(run.y), Int32(run.x), $0, Int32(run.width), attrs, pair) }
            return
        }
        // Cell by cell, each at its own column, so a library whose idea of a character's width
        // differs from ours cannot shift the rest of the row.
        var x = run.x
        let end = run.x + run.width
        while x < end {
            let cell = buffer[x, run.y]
            let text = cell.isContinuation ? " " : cell.grapheme
            var wide: [wchar_t] = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            wide.append(0)
            _ = cd_put_cell(window, Int32(run.y), Int32(x), wide, attrs, pair)
            let w = max(1, cell.width)
            if w == 2, Int(getcurx(window)) == x + 1 {
                // ncurses thinks this cluster is narrow: blank the second column so that
                // nothing stale stays there.
                _ = cd_put_cell(window, Int32(run.y), Int32(x + 1), [0x20, 0], attrs, pair)
            }
            x += w
        }
    }

    private func attributes(for style: Style) -> (attr_t, Int16) {
        if let cached = attrCache[style] { return cached }
        let s = colorDepth.degrade(style)
        var a: attr_t = 0
        if s.attributes.contains(.bold) { a |= cd_a_bold() }
        if s.attributes.contains(.dim) { a |= cd_a_dim() }
        if s.attributes.contains(.italic) { a |= cd_a_italic() }
        if s.attributes.contains(.underline) { a |= cd_a_underline() }
        if s.attributes.contains(.reverse) { a |= cd_a_reverse() }
        let pair = pairs.pair(fg: ColorPairCache.index(s.fg), bg: ColorPairCache.index(s.bg))
        attrCache[style] = (a, pair)
        return (a, pair)
    }
}
