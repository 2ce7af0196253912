/// A long text cut into pieces of about `size` bytes, each ending after a space or a line
/// break where one is near, so the detail screen wraps only the pieces on screen: a 50 MB
/// summary costs a key what a page of it does. Where a piece ends inside a paragraph the
/// line breaks there (a text shorter than a piece is one piece, wrapped exactly as before).
enum TextPieces {
    static let size = 8192
    /// How far past a piece's nominal end a space or line break is looked for.
    static let slack = 512

    /// The byte offset where each piece starts; empty for an empty text.
    static func starts(of text: String) -> [Int] {
        var text = text
        return text.withUTF8 { u -> [Int] in
            guard !u.isEmpty else { return [] }
            var out = [0]
            var at = size
            while at < u.count {
                var cut = at
                let limit = min(u.count, at + slack)
                while cut < limit, u[cut - 1] != 0x20, u[cut - 1] != 0x0A { cut += 1 }
                if cut == limit, cut < u.count {
                    // No break near: cut between two scalars (never inside one).
                    cut = at
                    while cut < u.count, u[cut] & 0xC0 == 0x80 { cut += 1 }
                }
                guard cut < u.count else { break }
                out.append(cut)
                at = cut + size
            }
            return out
        }
    }

    /// Piece `n` (a line break that ends it is left out: the piece's end breaks the line).
    static func piece(of text: String, _ n: Int, starts: [Int]) -> String {
        var text = text
        return text.withUTF8 { u -> String in
            var end = n + 1 < starts.count ? starts[n + 1] : u.count
            if end > starts[n], u[end - 1] == 0x0A, n + 1 < starts.count { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: u[starts[n]..<end]), as: UTF8.self)
        }
    }
}
