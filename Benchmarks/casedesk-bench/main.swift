import TerminalUI

switch CommandLine.arguments.dropFirst().first {
case "ui-demo": try TerminalUIDemo.run()
case "render": RenderBench.run()
case "ui": UIBenchmark.run(cases: CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 100_000 : 100_000)
case "agenda": AgendaBench.run(cases: CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 100_000 : 100_000)
case "dashboard": DashboardBench.run(cases: CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 100_000 : 100_000)
case "detail": DetailBench.run(summaryMB: CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 50 : 50,
                                defendants: CommandLine.arguments.count > 3 ? Int(CommandLine.arguments[3]) ?? 100_000 : 100_000)
case "queries": QueryBench.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
case "store": try StoreBench.run(Array(CommandLine.arguments.dropFirst(2)))
default: print("benchmarks: render | ui [N] | agenda [N] | dashboard [N] | ui-demo | detail [MB [DEFENDANTS]] | queries [N] | store [N [DIR]]")
}
