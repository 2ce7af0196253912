import TerminalUI

if CommandLine.arguments.dropFirst().first == "queries" {
    QueryBench.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
} else if CommandLine.arguments.dropFirst().first == "ui-demo" {
    try TerminalUIDemo.run()
} else {
    print("benchmarks: none yet")
}
