import Dispatch
import Foundation

/// Runs a `MeasureWalk` over slices of the index on every core and merges the sinks. A
/// division's 100,000 cases take ~10-30 ms on one core, more than a frame; split over the
/// cores a dashboard change fits in one. Small stores walk on the calling thread, where
/// starting threads would cost more than it saves.
enum ParallelWalk {
    /// Below this many defendants and requests one thread is faster.
    static let threshold = 20_000

    /// - Parameter parts: how many slices to walk; by default one per core for a large index.
    static func run<S: MeasureSink & Sendable>(_ walk: MeasureWalk, records: Int, parts: Int? = nil,
                                               make: () -> S, merge: (inout S, S) -> Void) -> S {
        let parts = parts ?? (records < threshold ? 1 : min(ProcessInfo.processInfo.activeProcessorCount, 8))
        guard parts > 1 else {
            var sink = make()
            walk.run(&sink)
            return sink
        }
        let sinks = UnsafeMutableBufferPointer<S>.allocate(capacity: parts)
        defer { sinks.deinitialize().deallocate() } // every slot is initialised below
        for p in 0..<parts { (sinks.baseAddress! + p).initialize(to: make()) }
        // Each iteration touches only its own slot, so the writes never overlap.
        nonisolated(unsafe) let slots = sinks
        DispatchQueue.concurrentPerform(iterations: parts) { p in
            walk.run(&slots[p], part: p, of: parts)
        }
        var result = sinks[0]
        for p in 1..<parts { merge(&result, sinks[p]) }
        return result
    }
}
