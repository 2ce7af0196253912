/// What an update step asks the loop to do next.
public enum LoopControl: Sendable, Equatable {
    /// Keep going; redraw if the view changed.
    case proceed
    /// Repaint every cell on the next frame (Ctrl-l).
    case repaint
    /// Leave the loop.
    case quit
}

/// What the loop hands to `update`: an event of the terminal, or a message posted to the
/// program's mailbox by work done in the background.
public enum LoopInput<Message: Sendable>: Sendable {
    case event(InputEvent)
    case message(Message)
}

/// The program loop of TerminalUI applications (the Elm shape): the view is a pure function
/// of the model and the size; events and mailbox messages change the model through `update`.
/// Each turn reads one event (waiting at most `timeoutMilliseconds`, and no longer once a
/// message is posted from another thread: the mailbox wakes the wait), then takes every
/// message posted since, then draws if anything happened or the size changed. A size change the
/// terminal did not report as an event is handed to `update` as a `.resize`. The backend
/// writes only the cells that differ. `drawn`, when given, is called after each frame is
/// written: work that should not compete with drawing a frame starts there.
public enum Terminal {
    public static func run<Model, Message>(
        backend: Backend,
        model: inout Model,
        mailbox: EventQueue<Message>,
        timeoutMilliseconds: Int = 50,
        update: (inout Model, LoopInput<Message>) -> LoopControl,
        view: (Model, Size) -> Buffer,
        drawn: () -> Void = {}
    ) {
        var size = backend.size      // the size frames are drawn at: the last one reported
        var polled = size            // the backend's size when last asked
        backend.draw(view(model, size))
        drawn()
        while true {
            var inputs: [LoopInput<Message>] = []
            if let event = backend.readEvent(timeoutMilliseconds: timeoutMilliseconds, wakeFD: mailbox.wakeFD) {
                inputs.append(.event(event))
            }
            inputs += mailbox.drain().map { .message($0) }
            if backend.size != polled {
                polled = backend.size
                if !inputs.contains(where: { if case .event(.resize) = $0 { true } else { false } }) {
                    inputs.append(.event(.resize(polled)))
                }
            }
            for input in inputs {
                if case .event(.resize(let s)) = input { size = s }
                switch update(&model, input) {
                case .proceed: break
                case .quit: return
                case .repaint:
                    // Giving the terminal back and taking it again makes the next draw clear
                    // the screen and repaint every cell, whatever scribbled on it.
                    backend.suspend()
                    backend.resume()
                }
            }
            if !inputs.isEmpty {
                backend.draw(view(model, size))
                drawn()
            }
        }
    }

    /// The loop for a program with no background work: only terminal events.
    @discardableResult
    public static func run<Model>(
        backend: Backend,
        initial: Model,
        timeoutMilliseconds: Int = 50,
        update: (inout Model, InputEvent) -> LoopControl,
        view: (Model, Size) -> Buffer
    ) -> Model {
        var model = initial
        run(backend: backend, model: &model, mailbox: EventQueue<Never>(), timeoutMilliseconds: timeoutMilliseconds,
            update: { m, input in
                switch input {
                case .event(let e): update(&m, e)
                }
            }, view: view)
        return model
    }
}
