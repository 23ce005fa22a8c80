/// A point in projected map coordinates (metres in RD New for Dutch boundaries; y grows northwards).
public struct MapPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// An axis-aligned rectangle in map coordinates.
public struct MapBounds: Sendable, Equatable {
    public var minX: Double, minY: Double, maxX: Double, maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX; self.minY = minY; self.maxX = maxX; self.maxY = maxY
    }

    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }

    public func union(_ other: MapBounds) -> MapBounds {
        MapBounds(minX: min(minX, other.minX), minY: min(minY, other.minY),
                  maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    public func intersects(_ other: MapBounds) -> Bool {
        minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY
    }
}

/// One area of a map (a municipality): an id (CBS code), a name and its rings. Holes and islands are
/// plain rings; they are filled with the even-odd rule.
public struct MapShape: Sendable {
    public let id: String
    public let name: String
    public let rings: [[MapPoint]]
    public let bounds: MapBounds
    /// Where a name label goes: the centroid of the largest ring.
    public let labelPoint: MapPoint

    public init(id: String, name: String, rings: [[MapPoint]]) {
        self.id = id
        self.name = name
        self.rings = rings
        let points = rings.joined()
        bounds = MapBounds(minX: points.map(\.x).min() ?? 0, minY: points.map(\.y).min() ?? 0,
                           maxX: points.map(\.x).max() ?? 0, maxY: points.map(\.y).max() ?? 0)
        labelPoint = rings.max { abs(Self.area($0)) < abs(Self.area($1)) }.map(Self.centroid)
            ?? MapPoint(x: (bounds.minX + bounds.maxX) / 2, y: (bounds.minY + bounds.maxY) / 2)
    }

    static func area(_ ring: [MapPoint]) -> Double {
        guard ring.count > 2 else { return 0 }
        var sum = 0.0
        for index in ring.indices {
            let a = ring[index], b = ring[(index + 1) % ring.count]
            sum += a.x * b.y - b.x * a.y
        }
        return sum / 2
    }

    static func centroid(_ ring: [MapPoint]) -> MapPoint {
        let area = Self.area(ring)
        guard abs(area) > 0 else { return ring.first ?? MapPoint(x: 0, y: 0) }
        var cx = 0.0, cy = 0.0
        for index in ring.indices {
            let a = ring[index], b = ring[(index + 1) % ring.count]
            let cross = a.x * b.y - b.x * a.y
            cx += (a.x + b.x) * cross
            cy += (a.y + b.y) * cross
        }
        return MapPoint(x: cx / (6 * area), y: cy / (6 * area))
    }
}

/// Reads the compact ring text of `Data/geografie/gemeentegrenzen_*.csv`: rings separated by `;`, each
/// `x y` of the first point followed by the differences to the previous point, whole numbers.
public enum RingText {
    public struct Error: Swift.Error, CustomStringConvertible {
        public let description: String
    }

    public static func parse(_ text: Substring) throws -> [[MapPoint]] {
        try parse(bytes: Array(text.utf8)[...])
    }

    /// Concrete bytes rather than a generic sequence: a generic across the module boundary is not
    /// specialised, and this loop runs once per character of a 170 KB file.
    public static func parse(bytes: ArraySlice<UInt8>) throws -> [[MapPoint]] {
        var rings: [[MapPoint]] = []
        var ring: [MapPoint] = []
        var numbers: [Int] = []
        var current = 0, sign = 1, inNumber = false
        func finishNumber() {
            if inNumber { numbers.append(sign * current) }
            current = 0; sign = 1; inNumber = false
        }
        func finishRing() throws {
            finishNumber()
            guard numbers.count >= 6, numbers.count % 2 == 0 else {
                throw Error(description: "a ring needs at least three points as pairs of whole numbers, found \(numbers.count) numbers")
            }
            var x = numbers[0], y = numbers[1]
            ring = [MapPoint(x: Double(x), y: Double(y))]
            ring.reserveCapacity(numbers.count / 2)
            var index = 2
            while index < numbers.count {
                x += numbers[index]; y += numbers[index + 1]
                ring.append(MapPoint(x: Double(x), y: Double(y)))
                index += 2
            }
            rings.append(ring)
            numbers.removeAll(keepingCapacity: true)
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                current = current &* 10 &+ Int(byte - UInt8(ascii: "0"))
                inNumber = true
                guard current < 100_000_000 else { throw Error(description: "coordinate out of range") }
            case UInt8(ascii: "-"):
                finishNumber()
                sign = -1
            case UInt8(ascii: " "):
                finishNumber()
            case UInt8(ascii: ";"):
                try finishRing()
            default:
                throw Error(description: "unexpected character '\(Character(Unicode.Scalar(byte)))' in a boundary")
            }
        }
        try finishRing()
        return rings
    }
}
