/// A run of changed cells on one row, all in one style: what a backend writes in one call.
public struct DiffRun: Sendable, Equatable {
    public var x: Int
    public var y: Int
    /// The graphemes of the run, concatenated (continuation cells contribute nothing).
    public var text: String
    /// Columns the run covers.
    public var width: Int
    public var style: Style
}

extension Buffer {
    /// The runs that turn `previous` into this buffer. When the sizes differ every cell counts
    /// as changed. A changed continuation cell pulls in its lead cell, so a wide character is
    /// always rewritten whole.
    public func diff(from previous: Buffer?) -> [DiffRun] {
        let old: [Cell]? = previous?.size == size ? previous!.cells : nil
        var runs: [DiffRun] = []
        let w = size.width
        cells.withUnsafeBufferPointer { new in
            // A missing previous frame compares as "everything changed".
            let before = old ?? []
            before.withUnsafeBufferPointer { prev in
                let all = prev.isEmpty
                for y in 0..<size.height {
                    var x = 0
                    var open: DiffRun? = nil
                    let rowStart = y * w
                    while x < w {
                        let i = rowStart + x
                        let cell = new[i]
                        var changed = all || prev[i] != cell
                        if !changed, cell.width == 2, x + 1 < w, prev[i + 1] != new[i + 1] { changed = true }
                        if cell.isContinuation {
                            // Only a lone continuation (its lead overwritten) is visited: lead cells
                            // step over theirs. It is drawn as a blank.
                            if changed {
                                append(&open, &runs, x: x, y: y, text: " ", width: 1, style: cell.style)
                            } else {
                                flush(&open, &runs)
                            }
                            x += 1
                            continue
                        }
                        if changed {
                            append(&open, &runs, x: x, y: y, text: cell.grapheme, width: max(1, cell.width), style: cell.style)
                        } else {
                            flush(&open, &runs)
                        }
                        x += max(1, cell.width)
                    }
                    flush(&open, &runs)
                }
            }
        }
        return runs
    }

    private func append(_ open: inout DiffRun?, _ runs: inout [DiffRun], x: Int, y: Int,
                        text: String, width: Int, style: Style) {
        if var run = open, run.style == style, run.x + run.width == x {
            run.text += text
            run.width += width
            open = run
            return
        }
        flush(&open, &runs)
        open = DiffRun(x: x, y: y, text: text, width: width, style: style)
    }

    private func flush(_ open: inout DiffRun?, _ runs: inout [DiffRun]) {
        if let run = open { runs.append(run) }
        open = nil
    }
}
