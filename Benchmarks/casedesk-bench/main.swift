import TerminalUI

if CommandLine.arguments.dropFirst().first == "ui-demo" {
    try TerminalUIDemo.run()
} else if CommandLine.arguments.dropFirst().first == "store" {
    try StoreBench.run(Array(CommandLine.arguments.dropFirst(2)))
} else {
    print("benchmarks: none yet")
}
