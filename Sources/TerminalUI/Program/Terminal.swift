/// What an update step asks the loop to do next.
public enum LoopControl: Sendable, Equatable {
    /// Keep going; redraw if the view changed.
    case proceed
    /// Repaint every cell on the next frame (Ctrl-l).
    case repaint
    /// Leave the loop.
    case quit
}

/// A generic program loop for TerminalUI applications (the Elm shape): the view is a pure
/// function of the model and the size; events change the model through `update`; `poll`
/// lets the application fold in work finished in the background (see `EventQueue`) each
/// time the read times out. Frames are drawn only when the model or the size changed, and
/// the backend writes only the cells that differ.
public enum Terminal {
    @discardableResult
    public static func run<Model: Equatable>(
        backend: Backend,
        initial: Model,
        timeoutMilliseconds: Int = 50,
        update: (inout Model, InputEvent) -> LoopControl,
        poll: (inout Model) -> Void = { _ in },
        view: (Model, Size) -> Buffer
    ) -> Model {
        var model = initial
        var size = backend.size
        var shown: (Model, Size)? = nil
        while true {
            if shown == nil || shown!.0 != model || shown!.1 != size {
                backend.draw(view(model, size))
                shown = (model, size)
            }
            if let event = backend.readEvent(timeoutMilliseconds: timeoutMilliseconds) {
                if case .resize(let s) = event { size = s }
                switch update(&model, event) {
                case .proceed: break
                case .quit: return model
                case .repaint:
                    backend.suspend()
                    backend.resume()
                    shown = nil
                }
            }
            poll(&model)
        }
    }
}
