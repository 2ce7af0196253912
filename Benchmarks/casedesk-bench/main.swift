import TerminalUI

switch CommandLine.arguments.dropFirst().first {
case "ui-demo": try TerminalUIDemo.run()
case "render": RenderBench.run()
case "ui": UIBenchmark.run()
case "dashboard": DashboardBench.run()
default: print("benchmarks: render | ui | dashboard | ui-demo")
}
