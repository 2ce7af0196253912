import TerminalUI

switch CommandLine.arguments.dropFirst().first {
case "ui-demo": try TerminalUIDemo.run()
case "render": RenderBench.run()
case "ui": UIBenchmark.run()
case "dashboard": DashboardBench.run()
case "queries": QueryBench.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
case "store": try StoreBench.run(Array(CommandLine.arguments.dropFirst(2)))
default: print("benchmarks: render | ui | dashboard | ui-demo | queries [N] | store [N [DIR]]")
}
