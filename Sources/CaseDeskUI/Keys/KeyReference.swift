import TerminalUI

/// docs/keys.md, generated from the live key tables (as lazygit generates its cheatsheet), so
/// the reference cannot drift from what the keys do; a test fails when the file is stale.
enum KeyReference {
    static func markdown(_ t: KeyTables = .defaults) -> String {
        var out = """
        # CaseDesk keys

        Generated from the key tables in Sources/CaseDeskUI (`KeyReference.markdown`); do not
        edit by hand. Regenerate with `CASEDESK_WRITE_KEYS_DOC=1 swift test --filter KeysDocTests`.
        The help screen (`?`) shows the same tables, with your own bindings in force.

        ## Changing keys

        Put bindings in `$XDG_CONFIG_HOME/casedesk/config` (default `~/.config/casedesk/config`),
        one a line: `SECTION.COMMAND = KEY [KEY...]`. The keys replace the command's default
        keys, and a key given to a command is taken away from any other command of the same
        table. `#` starts a comment. Example:

        ```
        # sort with o, move with Ctrl-n / Ctrl-p as well as the arrows
        cases.sort = o
        cases.down = ctrl-n down
        cases.up = ctrl-p up
        global.quit = q ctrl-q
        ```

        Key names: a single character is itself (`j`, `G`, `/`, `>`); `space`, `enter`, `esc`,
        `tab`, `shift-tab`, `backspace`, `delete`, `insert`, `up`, `down`, `left`, `right`,
        `home`, `end`, `pgup`, `pgdn`, `f1`…`f24`, `ctrl-x`, `alt-x`. A line that cannot be
        read is reported at start as `FILE:LINE: what is wrong` and skipped; the other lines
        still apply. Ctrl-c always quits, whatever the config says.

        Settings go in the same file, in the `options` section: `options.clipboard = auto`
        (the default: `y` writes the id to the clipboard with OSC 52 where the terminal is known
        to take it: tmux, kitty, foot, WezTerm, iTerm2, Windows Terminal…), `on` (always; in
        tmux this needs `set-clipboard on`) or `off`.

        The mouse: the wheel scrolls the pane under the pointer (the focus stays where it was);
        a click selects a row (case list, its Requests pane, MLA board, Agenda, People), a
        case's tab, or a screen in the header; on the Dashboard it selects a figure (and the
        figure clicked on a line of several), a breakdown's row and column (a click on a
        column's heading chooses that column), or a case Enter listed; in a pop-up the wheel
        moves as the arrows do. Every one of these has its key, and the keys stay the way.
        `casedesk --no-mouse` or `options.mouse = off` leave the mouse to the terminal, so text
        can be selected with it (most terminals also select with Shift held while the mouse is on).

        A count before a move repeats it, as in vim and less: `5j` moves five rows, `10k` ten up,
        `3G` (or `3g`) goes to row 3, `2n` to the second match on; on the case detail and help it
        scrolls by lines. The count shows in the footer as it is typed; Esc drops it. A count
        before a command it means nothing to (`3>`, `2x`, `3a`) is refused with a message and
        nothing is done. The digits 1-6 also switch screens: such a digit waits for the next key
        (the footer says so): a digit or a move makes it a count (`25j`, `2j`), any other key
        runs the digit alone and is then read as typed (`2/` is the board, then its filter),
        and with no key within half a second the digit switches alone.
        `options.counttimeout = MILLISECONDS` sets that wait (0 to 5000; 0: the digits 1-6
        switch at once and start no count).

        While a filter, note or command is typed: Enter accepts, Esc cancels, Tab completes a
        `:` command, and Left/Right, Home/End, Backspace, Delete, Ctrl-a/e/k/u/w edit the line.
        In `:` and `/`, Up/Down recall what was typed before (only entries that start with the
        text typed so far), kept across sessions in `$XDG_STATE_HOME/casedesk/history` (default
        `~/.local/state/casedesk/history`, the last 500 of each); while `/` is typed, Ctrl-p/Ctrl-n
        move the selection.

        """
        out += section(t.cases) + section(t.detail) + section(t.board) + section(t.dashboard) + section(t.agenda) + section(t.people)
            + section(t.help) + section(t.global) + section(t.list)
        out += "## Command line (`:`)\n\n| command | does |\n|---|---|\n"
        for c in LineCommand.reference {
            let usage = c.usage.replacing("|", with: "\\|")
            out += "| `\(usage)` | \(c.help) |\n"
        }
        out += "\n"
        return out
    }

    static func section<C: CommandSet>(_ map: KeyMap<C>) -> String {
        var s = "## \(C.title) (`\(C.section)`)\n\n| keys | command | does |\n|---|---|---|\n"
        for b in map.bindings {
            let keys = b.keys.map { "`" + ($0.name == "|" ? "\\|" : $0.name) + "`" }.joined(separator: " ")
            s += "| \(keys) | `\(C.section).\(b.command.rawValue)` | \(b.help) |\n"
        }
        return s + "\n"
    }
}
