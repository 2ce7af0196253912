import TerminalUI

switch CommandLine.arguments.dropFirst().first {
case "ui-demo": try TerminalUIDemo.run()
case "render": RenderBench.run()
default: print("benchmarks: render | ui-demo")
}
