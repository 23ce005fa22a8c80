/// `streek text`: paragraphs, or list items when `bullets`. The literal parts are the author's Markdown;
/// values are escaped by the renderer so data never turns into markup.
public struct TextBlock: Sendable, Codable, Equatable {
    public var paragraphs: [Phrase]
    public var bullets: Bool

    public init(paragraphs: [Phrase], bullets: Bool) {
        self.paragraphs = paragraphs
        self.bullets = bullets
    }
}
