import TerminalUI

switch CommandLine.arguments.dropFirst().first {
case "ui-demo": try TerminalUIDemo.run()
case "render": RenderBench.run()
case "ui": UIBenchmark.run()
default: print("benchmarks: render | ui | ui-demo")
}
