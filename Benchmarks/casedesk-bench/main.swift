import TerminalUI

switch CommandLine.arguments.dropFirst().first {
case "ui-demo": try TerminalUIDemo.run()
case "render": RenderBench.run()
case "ui": UIBenchmark.run(cases: CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 100_000 : 100_000)
case "dashboard": DashboardBench.run(cases: CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 100_000 : 100_000)
case "queries": QueryBench.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
case "store": try StoreBench.run(Array(CommandLine.arguments.dropFirst(2)))
default: print("benchmarks: render | ui [N] | dashboard [N] | ui-demo | queries [N] | store [N [DIR]]")
}
