import StreekCore
import StreekDocument

/// Parses a directive block's lines into a `DirectiveProgram`.
///
/// A statement is one line; a line starting with `|` continues the pipeline above it. Which settings a
/// block may contain depends on its kind (`streek table`: caption, columns, label, format, source, note,
/// anchor, empty, missing; `streek text`: text, bullets, empty; `streek setup`: param, years, numbers, contents;
/// `streek map`: caption, label, format, source, note, anchor and the settings in `MapSettings`).
enum DirectiveParser {
    static let tableSettings = ["caption", "columns", "label", "format", "source", "note", "anchor", "empty", "missing", "total", "section"]
    static let textSettings = ["text", "bullets", "empty"]
    static let setupStatements = ["param", "years", "variants", "numbers", "contents"]
    /// Settings a `streek chart` block shares with `streek table`; its own are `ChartSettings.words`.
    static let chartSettings = ["caption", "label", "format", "source", "note", "anchor", "empty"]
    static let mapSettings = ["caption", "label", "format", "source", "note", "anchor"] + MapSettings.words

    static func parse(_ block: DirectiveBlock) throws -> DirectiveProgram {
        var cursor = TokenCursor(try Lexer.tokens(of: block.lines, blockPosition: block.position))
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
            } else if let word = cursor.current.identifier, tableSettings.contains(word) || textSettings.contains(word),
                      !cursor.next.isSymbol("=") {
                try parseSetting(word, kind: block.kind, &cursor, into: &program)
            } else {
                try rejectMisspelledSetting(kind: block.kind, cursor)
                program.pipelines.append(try parsePipeline(&cursor))
            }
            try cursor.expectEnd(Message(nl: "aan het eind van de opdracht", en: "at the end of the statement"))
        }
        return program
    }

    // MARK: Pipelines

    static func parsePipeline(_ cursor: inout TokenCursor) throws -> Pipeline {
        let position = cursor.current.position
        var name: String?
        if cursor.current.identifier != nil, cursor.next.isSymbol("=") {
            name = try cursor.identifier(Message(nl: "een naam", en: "a name"))
            cursor.advance()
        }
        let source: Pipeline.Source
        if cursor.skip(word: "load") {
            source = .load(try cursor.template(Message(nl: "een pad naar een gegevensbestand, zoals \"migratie/verhuizingen.csv\"",
                                                       en: "a data file path such as \"migratie/verhuizingen.csv\"")), try LoadOptionsParser.parse(&cursor))
        } else if cursor.skip(word: "from") {
            source = .binding(try cursor.identifier(Message(nl: "de naam van een tabel", en: "the name of a table")))
        } else if let word = cursor.current.identifier {
            if VerbCatalogue.verb(named: word) != nil, !cursor.next.isSymbol("|"), !cursor.next.isSymbol(".") {
                throw cursor.error(Message(nl: "'\(word)' is een werkwoord; een pijplijn begint met load \"bestand.csv\", from NAAM of NAAM = …, en elk werkwoord volgt op een '|'",
                                           en: "'\(word)' is a verb; a pipeline starts with load \"bestand.csv\", from NAAM or NAAM = …, and each verb follows a '|'"))
            }
            cursor.advance()
            source = .binding(word)
        } else {
            throw cursor.error(Message(nl: "een pijplijn (NAAM = load \"bestand.csv\" | …) of een instelling verwacht, maar \(cursor.current.display.nl) gevonden",
                                       en: "expected a pipeline (NAAM = load \"bestand.csv\" | …) or a setting, found \(cursor.current.display.en)"))
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
            throw cursor.error(Message(nl: "een werkwoord verwacht na '|', maar \(cursor.current.display.nl) gevonden",
                                       en: "expected a verb after '|', found \(cursor.current.display.en)"))
        }
        guard let verbType = VerbCatalogue.verb(named: word) else {
            var message = Message(nl: "onbekend werkwoord '\(word)'", en: "unknown verb '\(word)'")
            if let guess = VerbCatalogue.dutchSynonyms[word.lowercased()] ?? Suggestion.closest(to: word, among: VerbCatalogue.names) {
                message += Message.didYouMean(guess)
            }
            throw LocatedError(message, at: position)
        }
        cursor.advance()
        let argumentsStart = cursor.index
        let verb = try verbType.init(parsing: &cursor)
        // `)` closes a sub-pipeline: join (t | filter …) on k.
        guard cursor.isAtEnd || cursor.current.isSymbol("|") || cursor.current.isSymbol(")") else {
            throw cursor.error(Message(nl: "onverwacht \(cursor.current.display.nl) in '\(word)'; vorm: \(verbType.usage)",
                                       en: "unexpected \(cursor.current.display.en) in '\(word)'; usage: \(verbType.usage)"))
        }
        return Step(verb: verb, position: position, wordPositions: cursor.wordPositions(from: argumentsStart, to: cursor.index))
    }

    // MARK: Display settings

    /// `captoin "…"` or `formt saldo signed`: a word that is not a name being bound (`naam = …`) and is close
    /// to a setting of this kind of block is a misspelt setting, not a table name.
    private static func rejectMisspelledSetting(kind: DirectiveKind, _ cursor: TokenCursor) throws {
        guard let word = cursor.current.identifier, cursor.next.kind != .newline, cursor.next.kind != .end,
              !cursor.next.isSymbol("="), !cursor.next.isSymbol("|"), !["load", "from"].contains(word) else { return }
        let allowed = kind == .table ? tableSettings : kind == .text ? textSettings : kind == .chart ? chartSettings + ChartSettings.words
            : kind == .map ? mapSettings : []
        guard let guess = Suggestion.closest(to: word, among: allowed) else { return }
        throw cursor.error(Message(nl: "onbekende instelling '\(word)'; bedoelt u '\(guess)'?",
                                   en: "unknown setting '\(word)'; did you mean '\(guess)'?"))
    }

    private static func parseSetting(_ word: String, kind: DirectiveKind, _ cursor: inout TokenCursor,
                                     into program: inout DirectiveProgram) throws {
        let allowed = kind == .table ? tableSettings : kind == .text ? textSettings : kind == .chart ? chartSettings
            : kind == .map ? mapSettings : []
        guard allowed.contains(word) else {
            let owner = tableSettings.contains(word) ? "streek table" : "streek text"
            throw cursor.error(Message(nl: "'\(word)' is een instelling van blokken '\(owner)', niet van '\(kind == .silent ? "streek" : "streek \(kind.rawValue)")'",
                                       en: "'\(word)' is a setting of '\(owner)' blocks, not of '\(kind == .silent ? "streek" : "streek \(kind.rawValue)")'"))
        }
        let position = cursor.current.position
        cursor.advance()
        var presentation = program.presentation
        switch word {
        case "caption": presentation.caption = try template(&cursor, Message(nl: "het bijschrift", en: "the caption"))
        case "source": presentation.source = try template(&cursor, Message(nl: "de bronregel", en: "the source line"))
        case "note": presentation.notes.append(try template(&cursor, Message(nl: "de noot", en: "the note")))
        case "empty": presentation.emptyMessage = try template(&cursor, Message(nl: "de melding voor een tabel zonder rijen",
                                                                                en: "the message for a table without rows"))
        case "missing" where cursor.next.identifier == "as":
            // `missing "." as "N.B.", "x" as "N.V.T."`: a text per sign the source wrote for a missing cell.
            repeat {
                let sign = try cursor.string(Message(nl: "het teken van de bron voor een ontbrekende waarde, bijvoorbeeld \".\"",
                                                     en: "the source's sign for a missing value, e.g. \".\""))
                try cursor.expect(word: "as", Message(nl: "na het teken", en: "after the sign"))
                presentation.signTexts[sign] = try cursor.string(Message(nl: "de tekst die voor dat teken verschijnt",
                                                                         en: "the text shown for that sign"))
            } while cursor.skip(symbol: ",")
        case "missing": presentation.missingText = try template(&cursor, Message(nl: "de tekst voor een ontbrekende waarde, bijvoorbeeld \"–\"",
                                                                                 en: "the text for a missing value, e.g. \"–\""))
        case "anchor": presentation.anchor = try anchorName(&cursor)
        case "section":
            guard cursor.current.identifier == "by" else {
                throw cursor.error(Message(nl: "na 'section' horen 'by' en een kolom, bijvoorbeeld section by regio",
                                           en: "expected 'by' and a column after 'section', e.g. section by regio"))
            }
            cursor.advance()
            presentation.sectionPosition = cursor.current.position
            presentation.sectionColumn = try cursor.identifier(Message(nl: "een kolom", en: "a column"))
        case "total":
            guard cursor.current.identifier == "when" else {
                throw cursor.error(Message(nl: "na 'total' horen 'when' en een voorwaarde, bijvoorbeeld total when gemeente == \"Drenthe\"",
                                           en: "expected 'when' and a condition after 'total', e.g. total when gemeente == \"Drenthe\""))
            }
            cursor.advance()
            presentation.totalCondition = try ExpressionParser.parse(&cursor)
        case "label":
            repeat {
                let columnPosition = cursor.current.position
                let column = try cursor.identifier(Message(nl: "een kolom", en: "a column"))
                presentation.labels[column] = try template(&cursor, Message(nl: "het kolomlabel", en: "the column label"))
                presentation.positions[column] = columnPosition
            } while cursor.skip(symbol: ",")
        case "columns":
            var columns: [String] = []
            repeat {
                let columnPosition = cursor.current.position
                let column = try cursor.identifier(Message(nl: "een kolom", en: "a column"))
                columns.append(column)
                presentation.positions[column] = columnPosition
                if case .string = cursor.current.kind {
                    presentation.labels[column] = try template(&cursor, Message(nl: "het kolomlabel", en: "the column label"))
                }
            } while cursor.skip(symbol: ",")
            presentation.columns = columns
        case "format" where cursor.current.identifier == "by" && cursor.next.identifier.map { !StyleParser.words.contains($0) } == true:
            cursor.advance()
            presentation.rowFormat = try RowFormat.parse(&cursor)
        case "format":
            var columns: [(String, SourcePosition)] = []
            repeat {
                let columnPosition = cursor.current.position
                columns.append((try cursor.identifier(Message(nl: "een kolom", en: "a column")), columnPosition))
            } while cursor.skip(symbol: ",")
            let style = try StyleParser.parse(&cursor)
            for (column, columnPosition) in columns {
                presentation.styles[column] = style
                presentation.positions[column] = presentation.positions[column] ?? columnPosition
            }
        case "text", "bullets":
            program.textTemplates.append(TextTemplate(template: try template(&cursor, Message(nl: "de tekst",
                                                                                              en: "the text")), asBullets: word == "bullets"))
        default:
            throw LocatedError(Message(nl: "onbekende instelling '\(word)'", en: "unknown setting '\(word)'"), at: position)
        }
        program.presentation = presentation
    }

    /// `vijf-steden`, `tabel-3-1`: words and numbers joined by hyphens.
    private static func anchorName(_ cursor: inout TokenCursor) throws -> String {
        var name = try cursor.identifier(Message(nl: "een ankernaam", en: "an anchor name"))
        while cursor.skip(symbol: "-") {
            switch cursor.current.kind {
            case .identifier(let word): name += "-" + word
            case .number(let number): name += "-" + number.formatted()
            default: throw cursor.error(Message(nl: "na '-' in de ankernaam hoort een woord of getal",
                                                en: "expected a word or number after '-' in the anchor name"))
            }
            cursor.advance()
        }
        return name
    }

    private static func template(_ cursor: inout TokenCursor, _ what: Message) throws -> Template {
        try cursor.template(what)
    }

    // MARK: Setup

    private static func parseSetup(_ cursor: inout TokenCursor, into setup: inout Setup) throws {
        let position = cursor.current.position
        guard let word = cursor.current.identifier, setupStatements.contains(word) else {
            let found = cursor.current.identifier ?? ""
            var message = Message(nl: "param, years, variants, numbers of contents verwacht in een blok 'streek setup', maar \(cursor.current.display.nl) gevonden",
                                  en: "expected param, years, variants, numbers or contents in a 'streek setup' block, found \(cursor.current.display.en)")
            if let guess = Suggestion.closest(to: found, among: setupStatements) { message += Message.didYouMean(guess) }
            throw LocatedError(message, at: position)
        }
        cursor.advance()
        switch word {
        case "param":
            let name = try cursor.identifier(Message(nl: "een parameternaam", en: "a parameter name"))
            try cursor.expect(symbol: "=", Message(nl: "na de parameternaam (schrijf: param jaar = 2016)",
                                                   en: "after the parameter name (write: param jaar = 2016)"))
            setup.parameters.append((name, try literal(&cursor), position))
        case "years":
            let name = try cursor.identifier(Message(nl: "de parameter die het datajaar bevat",
                                                     en: "the parameter that holds the data year"))
            try cursor.expect(symbol: ":", Message(nl: "na de parameternaam (schrijf: years jaar: 2011, 2016)",
                                                   en: "after the parameter name (write: years jaar: 2011, 2016)"))
            var years = [try literal(&cursor)]
            while cursor.skip(symbol: ",") { years.append(try literal(&cursor)) }
            setup.dataYears = (name, years)
        case "variants":
            let name = try cursor.identifier(Message(nl: "de parameter die per variant een andere waarde krijgt", en: "the parameter the variants set"))
            try cursor.expect(symbol: ":", Message(nl: "na de parameternaam (schrijf: variants stad: \"Assen\", \"Emmen\")",
                                                   en: "after the parameter name (write: variants stad: \"Assen\", \"Emmen\")"))
            var values = [try literal(&cursor)]
            while cursor.skip(symbol: ",") { values.append(try literal(&cursor)) }
            setup.variants.append((name, values, position))
        case "contents":
            setup.contents = try contents(&cursor)
        default:
            let language = try cursor.identifier(Message(nl: "een getalnotatie (nl of en)", en: "a number format (nl or en)"))
            guard let format = NumberFormat.Language(rawValue: language) else {
                throw LocatedError(Message(nl: "onbekende getalnotatie '\(language)'; gebruik nl of en",
                                           en: "unknown number format '\(language)'; use nl or en"), at: position)
            }
            setup.numberFormat = format
        }
    }

    /// `contents on|off|auto [levels N]`.
    private static func contents(_ cursor: inout TokenCursor) throws -> ContentsSetting {
        let position = cursor.current.position
        let word = try cursor.identifier(Message(nl: "on, off of auto na 'contents'", en: "on, off or auto after 'contents'"))
        guard let mode = ContentsSetting.Mode(rawValue: word) else {
            var message = Message(nl: "on, off of auto verwacht na 'contents', maar '\(word)' gevonden",
                                  en: "expected on, off or auto after 'contents', found '\(word)'")
            if let guess = Suggestion.closest(to: word, among: ContentsSetting.Mode.allCases.map(\.rawValue)) { message += Message.didYouMean(guess) }
            throw LocatedError(message, at: position)
        }
        var setting = ContentsSetting(mode: mode)
        if cursor.skip(word: "levels") {
            let levelsPosition = cursor.current.position
            let depth = try cursor.integer(Message(nl: "het diepste kopniveau in de inhoud (2 tot en met 6)",
                                                   en: "the deepest heading level in the contents (2 to 6)"))
            guard (2...6).contains(depth) else {
                throw LocatedError(Message(nl: "contents levels moet 2 tot en met 6 zijn (de titel, niveau 1, staat er niet in), niet \(depth)",
                                           en: "contents levels must be 2 to 6 (the title, level 1, is not listed), found \(depth)"), at: levelsPosition)
            }
            setting.depth = depth
        }
        return setting
    }

    private static func literal(_ cursor: inout TokenCursor) throws -> Value {
        switch cursor.current.kind {
        case .number(let number): cursor.advance(); return .number(number)
        case .string(let text): cursor.advance(); return .text(text)
        default: throw cursor.error(Message(nl: "een getal of een \"tekst\" verwacht, maar \(cursor.current.display.nl) gevonden",
                                            en: "expected a number or a \"text\", found \(cursor.current.display.en)"))
        }
    }
}
