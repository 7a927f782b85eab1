import DecorumText

/// Word forms (folded UTF-8 bytes) → the ids they carry, for the matching loops: a lookup
/// hashes the bytes once and allocates nothing, whether the form is a whole token or a
/// slice of one (a run-together word's halves).
struct FormTable: Sendable {
    let table: ByteStringTable
    let lists: [[Int32]]

    /// A table of `forms`.
    init(_ forms: [[UInt8]: [Int32]]) {
        var lists: [[Int32]] = []
        lists.reserveCapacity(forms.count)
        var pairs: [([UInt8], Int32)] = []
        pairs.reserveCapacity(forms.count)
        for (form, ids) in forms {
            pairs.append((form, Int32(lists.count)))
            lists.append(ids)
        }
        self.table = ByteStringTable(pairs)
        self.lists = lists
    }

    /// The ids of `form`, if it is in the table.
    subscript(form: [UInt8]) -> [Int32]? {
        table[form].map { lists[Int($0)] }
    }

    /// The ids of the form `bytes[range]`, if it is in the table.
    func ids(_ bytes: [UInt8], _ range: Range<Int>) -> [Int32]? {
        table.value(bytes, range).map { lists[Int($0)] }
    }
}
