import StreekCore
import StreekDocument

/// Parses a directive block's lines into a `DirectiveProgram`.
///
/// A statement is one line; a line starting with `|` continues the pipeline above it. Which settings a
/// block may contain depends on its kind (`streek table`: caption, columns, label, format, source, note,
/// anchor, empty, missing; `streek text`: text, bullets, empty; `streek setup`: param, years, numbers, contents;
/// `streek map`: caption, label, format, source, note, anchor and the settings in `MapSettings`).
enum DirectiveParser {
    static let tableSettings = ["caption", "columns", "label", "format", "source", "note", "anchor", "empty", "missing"]
    static let textSettings = ["text", "bullets", "empty"]
    static let setupStatements = ["param", "years", "numbers", "contents"]
    /// Settings a `streek chart` block shares with `streek table`; its own are `ChartSettings.words`.
    static let chartSettings = ["caption", "label", "format", "source", "note", "anchor", "empty"]
    static let mapSettings = ["caption", "label", "format", "source", "note", "anchor"] + MapSettings.words

    static func parse(_ block: DirectiveBlock) throws -> DirectiveProgram {
        var cursor = TokenCursor(try Lexer.tokens(of: block.lines))
        var program = DirectiveProgram()
        while true {
            while cursor.current.kind == .newline { cursor.advance() }
            if cursor.current.kind == .end { break }
            if block.kind == .setup {
                try parseSetup(&cursor, into: &program.setup)
            } else if block.kind == .chart, let word = cursor.current.identifier, ChartSettings.words.contains(word),
                      !cursor.next.isSymbol("=") {
                try program.chart.parse(word, &cursor)
            } else if block.kind == .map, let word = cursor.current.identifier, MapSettings.words.contains(word),
                      !cursor.next.isSymbol("=") {
                try MapSettingsParser.parse(word, &cursor, into: &program.map)
            } else if let word = cursor.current.identifier, tableSettings.contains(word) || textSettings.contains(word) {
                try parseSetting(word, kind: block.kind, &cursor, into: &program)
            } else {
                program.pipelines.append(try parsePipeline(&cursor))
            }
            try cursor.expectEnd("at the end of the statement")
        }
        return program
    }

    // MARK: Pipelines

    private static func parsePipeline(_ cursor: inout TokenCursor) throws -> Pipeline {
        let position = cursor.current.position
        var name: String?
        if cursor.current.identifier != nil, cursor.next.isSymbol("=") {
            name = try cursor.identifier("a name")
            cursor.advance()
        }
        let source: Pipeline.Source
        if cursor.skip(word: "load") {
            let pathPosition = cursor.current.position
            let path = try Template(parsing: try cursor.string("a data file path such as \"migratie/verhuizingen.csv\""), at: pathPosition)
            source = .load(path, try LoadOptionsParser.parse(&cursor))
        } else if cursor.skip(word: "from") {
            source = .binding(try cursor.identifier("the name of a table"))
        } else if let word = cursor.current.identifier {
            if VerbCatalogue.verb(named: word) != nil, !cursor.next.isSymbol("|"), !cursor.next.isSymbol(".") {
                throw cursor.error("'\(word)' is a verb; a pipeline starts with load \"bestand.csv\", from NAAM or NAAM = …, and each verb follows a '|'")
            }
            cursor.advance()
            source = .binding(word)
        } else {
            throw cursor.error("expected a pipeline (NAAM = load \"bestand.csv\" | …) or a setting, found \(cursor.current.display)")
        }
        var steps: [Step] = []
        while true {
            if cursor.current.kind == .newline, cursor.next.isSymbol("|") { cursor.advance() }
            guard cursor.skip(symbol: "|") else { break }
            steps.append(try parseStep(&cursor))
        }
        return Pipeline(name: name, source: source, steps: steps, position: position)
    }

    private static func parseStep(_ cursor: inout TokenCursor) throws -> Step {
        let position = cursor.current.position
        guard let word = cursor.current.identifier else {
            throw cursor.error("expected a verb after '|', found \(cursor.current.display)")
        }
        guard let verbType = VerbCatalogue.verb(named: word) else {
            var message = "unknown verb '\(word)'"
            if let guess = VerbCatalogue.dutchSynonyms[word.lowercased()] ?? Suggestion.closest(to: word, among: VerbCatalogue.names) {
                message += "; did you mean '\(guess)'?"
            }
            throw LocatedError(message, at: position)
        }
        cursor.advance()
        let verb = try verbType.init(parsing: &cursor)
        guard cursor.isAtEnd || cursor.current.isSymbol("|") else {
            throw cursor.error("unexpected \(cursor.current.display) in '\(word)'; usage: \(verbType.usage)")
        }
        return Step(verb: verb, position: position)
    }

    // MARK: Display settings

    private static func parseSetting(_ word: String, kind: DirectiveKind, _ cursor: inout TokenCursor,
                                     into program: inout DirectiveProgram) throws {
        let allowed = kind == .table ? tableSettings : kind == .text ? textSettings : kind == .chart ? chartSettings
            : kind == .map ? mapSettings : []
        guard allowed.contains(word) else {
            let owner = tableSettings.contains(word) ? "streek table" : "streek text"
            throw cursor.error("'\(word)' is a setting of '\(owner)' blocks, not of '\(kind == .silent ? "streek" : "streek \(kind.rawValue)")'")
        }
        let position = cursor.current.position
        cursor.advance()
        var presentation = program.presentation
        switch word {
        case "caption": presentation.caption = try template(&cursor, "the caption")
        case "source": presentation.source = try template(&cursor, "the source line")
        case "note": presentation.notes.append(try template(&cursor, "the note"))
        case "empty": presentation.emptyMessage = try template(&cursor, "the message for a table without rows")
        case "missing": presentation.missingText = try template(&cursor, "the text for a missing value, e.g. \"–\"")
        case "anchor": presentation.anchor = try anchorName(&cursor)
        case "label":
            repeat {
                let columnPosition = cursor.current.position
                let column = try cursor.identifier("a column")
                presentation.labels[column] = try template(&cursor, "the column label")
                presentation.positions[column] = columnPosition
            } while cursor.skip(symbol: ",")
        case "columns":
            var columns: [String] = []
            repeat {
                let columnPosition = cursor.current.position
                let column = try cursor.identifier("a column")
                columns.append(column)
                presentation.positions[column] = columnPosition
                if case .string = cursor.current.kind {
                    presentation.labels[column] = try template(&cursor, "the column label")
                }
            } while cursor.skip(symbol: ",")
            presentation.columns = columns
        case "format":
            var columns: [(String, SourcePosition)] = []
            repeat {
                let columnPosition = cursor.current.position
                columns.append((try cursor.identifier("a column"), columnPosition))
            } while cursor.skip(symbol: ",")
            let style = try StyleParser.parse(&cursor)
            for (column, columnPosition) in columns {
                presentation.styles[column] = style
                presentation.positions[column] = presentation.positions[column] ?? columnPosition
            }
        case "text", "bullets":
            program.textTemplates.append(TextTemplate(template: try template(&cursor, "the text"), asBullets: word == "bullets"))
        default:
            throw LocatedError("unknown setting '\(word)'", at: position)
        }
        program.presentation = presentation
    }

    /// `vijf-steden`, `tabel-3-1`: words and numbers joined by hyphens.
    private static func anchorName(_ cursor: inout TokenCursor) throws -> String {
        var name = try cursor.identifier("an anchor name")
        while cursor.skip(symbol: "-") {
            switch cursor.current.kind {
            case .identifier(let word): name += "-" + word
            case .number(let number): name += "-" + number.formatted()
            default: throw cursor.error("expected a word or number after '-' in the anchor name")
            }
            cursor.advance()
        }
        return name
    }

    private static func template(_ cursor: inout TokenCursor, _ what: String) throws -> Template {
        let position = cursor.current.position
        return try Template(parsing: try cursor.string(what), at: position)
    }

    // MARK: Setup

    private static func parseSetup(_ cursor: inout TokenCursor, into setup: inout Setup) throws {
        let position = cursor.current.position
        guard let word = cursor.current.identifier, setupStatements.contains(word) else {
            let found = cursor.current.identifier ?? ""
            var message = "expected param, years, numbers or contents in a 'streek setup' block, found \(cursor.current.display)"
            if let guess = Suggestion.closest(to: found, among: setupStatements) { message += "; did you mean '\(guess)'?" }
            throw LocatedError(message, at: position)
        }
        cursor.advance()
        switch word {
        case "param":
            let name = try cursor.identifier("a parameter name")
            try cursor.expect(symbol: "=", "after the parameter name (write: param jaar = 2016)")
            setup.parameters.append((name, try literal(&cursor), position))
        case "years":
            let name = try cursor.identifier("the parameter that holds the data year")
            try cursor.expect(symbol: ":", "after the parameter name (write: years jaar: 2011, 2016)")
            var years = [try literal(&cursor)]
            while cursor.skip(symbol: ",") { years.append(try literal(&cursor)) }
            setup.dataYears = (name, years)
        case "contents":
            setup.contents = try contents(&cursor)
        default:
            let language = try cursor.identifier("a number format (nl or en)")
            guard let format = NumberFormat.Language(rawValue: language) else {
                throw LocatedError("unknown number format '\(language)'; use nl or en", at: position)
            }
            setup.numberFormat = format
        }
    }

    /// `contents on|off|auto [levels N]`.
    private static func contents(_ cursor: inout TokenCursor) throws -> ContentsSetting {
        let position = cursor.current.position
        let word = try cursor.identifier("on, off or auto after 'contents'")
        guard let mode = ContentsSetting.Mode(rawValue: word) else {
            var message = "expected on, off or auto after 'contents', found '\(word)'"
            if let guess = Suggestion.closest(to: word, among: ContentsSetting.Mode.allCases.map(\.rawValue)) { message += "; did you mean '\(guess)'?" }
            throw LocatedError(message, at: position)
        }
        var setting = ContentsSetting(mode: mode)
        if cursor.skip(word: "levels") {
            let levelsPosition = cursor.current.position
            let depth = try cursor.integer("the deepest heading level in the contents (2 to 6)")
            guard (2...6).contains(depth) else {
                throw LocatedError("contents levels must be 2 to 6 (the title, level 1, is not listed), found \(depth)", at: levelsPosition)
            }
            setting.depth = depth
        }
        return setting
    }

    private static func literal(_ cursor: inout TokenCursor) throws -> Value {
        switch cursor.current.kind {
        case .number(let number): cursor.advance(); return .number(number)
        case .string(let text): cursor.advance(); return .text(text)
        default: throw cursor.error("expected a number or a \"text\", found \(cursor.current.display)")
        }
    }
}
