/// A CBS period: `2016JJ00` (year), `2016KW03` (quarter), `2016MM11` (month), and the labels of the
/// StatLine screen and its exports (`2016`, `2016*` provisional, `2016 3e kwartaal`, `2016 november`).
public struct PeriodCode: Sendable, Equatable {
    public var year: Int
    public var quarter: Int?
    public var month: Int?
    /// `*` or `**`: the source marks the figure provisional (voorlopig / nader voorlopig).
    public var provisional: String?

    public init(year: Int, quarter: Int? = nil, month: Int? = nil, provisional: String? = nil) {
        self.year = year
        self.quarter = quarter
        self.month = month
        self.provisional = provisional
    }

    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                         "september", "oktober", "november", "december"]

    /// Nil when the text is no period (a plain number such as `2016` is a year only when it has a
    /// provisional mark or the column holds codes; see `PeriodColumns`).
    public init?(_ text: String) {
        var body = Substring(text)
        var mark: String?
        if body.hasSuffix("**") { mark = "**"; body = body.dropLast(2) } else if body.hasSuffix("*") { mark = "*"; body = body.dropLast() }
        let bytes = Array(body.utf8)
        guard bytes.count >= 4, let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)), (1800...2200).contains(year) else { return nil }
        let rest = String(decoding: bytes[4...], as: UTF8.self)
        self.init(year: year, provisional: mark)
        if rest.isEmpty { return }
        if rest.count == 4, let number = Int(rest.dropFirst(2)) {
            switch rest.prefix(2) {
            case "JJ" where number == 0: return
            case "KW" where (1...4).contains(number): quarter = number; return
            case "MM" where (1...12).contains(number): month = number; quarter = (number - 1) / 3 + 1; return
            default: return nil
            }
        }
        let words = rest.split(separator: " ")
        if words.count == 2, words[1] == "kwartaal", let digit = words[0].first?.wholeNumberValue, (1...4).contains(digit), words[0].dropFirst() == "e" {
            quarter = digit; return
        }
        if words.count == 1, let index = Self.months.firstIndex(of: words[0].lowercased()) {
            month = index + 1; quarter = index / 3 + 1; return
        }
        return nil
    }

    /// Codes proper (`2016JJ00`), as opposed to labels: only these make a column a period column on their own.
    static func isCode(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 8, bytes[0..<4].allSatisfy(NumberSyntax.isDigit), bytes[6...].allSatisfy(NumberSyntax.isDigit) else { return false }
        return ["JJ", "KW", "MM"].contains(String(decoding: bytes[4..<6], as: UTF8.self)) && PeriodCode(text) != nil
    }
}
