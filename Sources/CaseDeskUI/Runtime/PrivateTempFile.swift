import Foundation

/// Text handed to another program ($EDITOR, $PAGER) goes into a file readable by its owner
/// only (0600) in a private directory (0700), because a case may be OFFICIAL-SENSITIVE; both
/// are removed when the program is done, whatever happens.
enum PrivateTempFile {
    struct Failure: Error, Equatable { let message: String }

    /// Writes `contents` to `name` in a new private directory, runs `body` on the file's URL,
    /// then removes the directory.
    static func with<T>(name: String, contents: String, _ body: (URL) -> T) -> Result<T, Failure> {
        let fm = FileManager.default
        // mkdtemp makes the directory 0700 under a name nobody could have taken in advance; the
        // name is short so that an editor's "file" line fits an 80-column screen.
        var template = Array(fm.temporaryDirectory.appendingPathComponent("casedesk-XXXXXX").path.utf8CString)
        guard let made = mkdtemp(&template) else {
            return .failure(Failure(message: "cannot make a private directory in \(fm.temporaryDirectory.path): \(String(cString: strerror(errno)))"))
        }
        let dir = URL(fileURLWithPath: String(cString: made))
        defer { try? fm.removeItem(at: dir) }
        let file = dir.appendingPathComponent(name)
        guard fm.createFile(atPath: file.path, contents: Data(contents.utf8), attributes: [.posixPermissions: 0o600]) else {
            return .failure(Failure(message: "cannot write \(file.path)"))
        }
        return .success(body(file))
    }
}
