import TerminalUI

if CommandLine.arguments.dropFirst().first == "ui-demo" {
    try TerminalUIDemo.run()
} else {
    print("benchmarks: none yet")
}
