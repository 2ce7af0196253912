import TerminalUI

if CommandLine.arguments.dropFirst().first == "ui-demo" {
    try TerminalUIDemo.run()
} else if CommandLine.arguments.dropFirst().first == "ui" {
    UIBenchmark.run()
} else {
    print("benchmarks: none yet")
}
