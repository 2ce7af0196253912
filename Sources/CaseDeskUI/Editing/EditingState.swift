/// State of an edit in progress (forms, undo/redo stacks). PLACEHOLDER owned by the editing
/// helper; it lives in `AppState.editing`.
struct EditingState: Sendable, Equatable {}

/// A form or confirmation drawn over the screen by Editing. PLACEHOLDER owned by the editing
/// helper; it is shown as `Overlay.editing` and receives keys before the screen does.
struct EditingOverlay: Sendable, Equatable {}
