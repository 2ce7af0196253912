/// The Dashboard's own state (period, breakdown, selection). PLACEHOLDER owned by the
/// dashboard helper; it lives in `AppState.dashboard`.
struct DashboardState: Sendable, Equatable {}
