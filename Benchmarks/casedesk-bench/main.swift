import Foundation
import TerminalUI

switch CommandLine.arguments.dropFirst().first {
case "ui-demo": try TerminalUIDemo.run()
// Tests/EndToEnd/drawing.test.sh: `frames` on the terminal, `frames N WIDTH HEIGHT [repainted]`
// the reference for frame N (from 0).
case "frames" where CommandLine.arguments.count >= 5:
    let a = CommandLine.arguments[2...4].compactMap { Int($0) }
    print(BackendFrames.expected(a[0], size: Size(width: a[1], height: a[2]), repainted: CommandLine.arguments.count > 5),
          terminator: "")
case "frames": try BackendFrames.run()
case "cells": print(CapturedCells.canonical(String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)))
case "render": RenderBench.run()
case "ui": UIBenchmark.run(cases: CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 100_000 : 100_000)
case "agenda": AgendaBench.run(Array(CommandLine.arguments.dropFirst(2)))
case "dashboard": DashboardBench.run(cases: CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 100_000 : 100_000)
case "detail": DetailBench.run(summaryMB: CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 50 : 50,
                                defendants: CommandLine.arguments.count > 3 ? Int(CommandLine.arguments[3]) ?? 100_000 : 100_000)
case "queries": QueryBench.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
case "store": try StoreBench.run(Array(CommandLine.arguments.dropFirst(2)))
case "scan-check": ScanCheck.run(Array(CommandLine.arguments.dropFirst(2)))
case "server": try ServerBench.run(Array(CommandLine.arguments.dropFirst(2)))
case "memory": try MemoryBench.run(Array(CommandLine.arguments.dropFirst(2)))
default: print("benchmarks: render | ui [N] | agenda [N | STORE] | dashboard [N] | ui-demo | frames [N W H] | detail [MB [DEFENDANTS]] | queries [N] | store [N [DIR]] | scan-check STORE | server postgres://… [OPENS [SAVES]] | memory STORE")
}
