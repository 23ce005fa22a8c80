/// Fits an extent of map coordinates into a panel of `width` × `height` pixels, keeping the aspect ratio
/// (north up), and writes coordinates as whole tenths of a pixel: fixed precision, the same bytes every run.
public struct MapViewport: Sendable {
    public let width: Double
    public let height: Double
    /// The map coordinates the panel shows (the extent with its margin, widened to the panel's aspect).
    public let visible: MapBounds
    private let scale: Double
    private let originX: Double
    private let originY: Double

    /// Tenths of a pixel per path unit.
    public static let unitsPerPixel = 10.0

    /// A panel of `width` pixels wide for `extent`; its height follows the extent's shape, between half and
    /// one and a half times the width. `margin` is a fraction of the extent added on every side.
    public init(extent: MapBounds, width: Double, margin: Double = 0.03) {
        let padX = max(extent.width, 1) * margin, padY = max(extent.height, 1) * margin
        let bounds = MapBounds(minX: extent.minX - padX, minY: extent.minY - padY,
                               maxX: extent.maxX + padX, maxY: extent.maxY + padY)
        let height = (width * bounds.height / max(bounds.width, 1)).clamped(to: width * 0.5...width * 1.5).rounded()
        let scale = min(width / max(bounds.width, 1), height / max(bounds.height, 1))
        let centreX = (bounds.minX + bounds.maxX) / 2, centreY = (bounds.minY + bounds.maxY) / 2
        self.width = width
        self.height = height
        self.scale = scale
        originX = centreX - width / 2 / scale
        originY = centreY + height / 2 / scale
        visible = MapBounds(minX: originX, minY: originY - height / scale, maxX: originX + width / scale, maxY: originY)
    }

    /// A point in pixels from the panel's top-left corner.
    public func pixel(_ point: MapPoint) -> (x: Double, y: Double) {
        ((point.x - originX) * scale, (originY - point.y) * scale)
    }

    /// A point in path units (tenths of a pixel), rounded.
    func units(_ point: MapPoint) -> (x: Int, y: Int) {
        let (x, y) = pixel(point)
        return (Int((x * Self.unitsPerPixel).rounded()), Int((y * Self.unitsPerPixel).rounded()))
    }

    /// The SVG path data of a shape's rings: an absolute start per ring, then relative steps. Steps that
    /// round to nothing are dropped, and so are rings that shrink below three points.
    public func pathData(_ rings: [[MapPoint]]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(rings.reduce(0) { $0 + $1.count } * 6)
        for ring in rings {
            var points: [(x: Int, y: Int)] = []
            points.reserveCapacity(ring.count)
            for point in ring {
                let unit = units(point)
                if let last = points.last, last == unit { continue }
                points.append(unit)
            }
            while points.count > 1, let first = points.first, let last = points.last, first == last { points.removeLast() }
            guard points.count >= 3 else { continue }
            bytes.append(UInt8(ascii: "M"))
            Self.append(points[0].x, to: &bytes, separated: false)
            Self.append(points[0].y, to: &bytes, separated: true)
            bytes.append(UInt8(ascii: "l"))
            var previous = points[0]
            for (index, point) in points.dropFirst().enumerated() {
                Self.append(point.x - previous.x, to: &bytes, separated: index > 0)
                Self.append(point.y - previous.y, to: &bytes, separated: true)
                previous = point
            }
            bytes.append(UInt8(ascii: "z"))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A whole number; a space before it unless it starts with a minus, which separates it already.
    private static func append(_ value: Int, to bytes: inout [UInt8], separated: Bool) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) } else if separated { bytes.append(UInt8(ascii: " ")) }
        var magnitude = abs(value)
        if magnitude == 0 { bytes.append(UInt8(ascii: "0")); return }
        let start = bytes.count
        while magnitude > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        }
        bytes[start...].reverse()
    }
}

extension Double {
    func clamped(to range: ClosedRange<Double>) -> Double { Swift.min(Swift.max(self, range.lowerBound), range.upperBound) }
}
