/// The geometry of one map panel, ready to draw: every visible area as SVG path data in the panel's units
/// (tenths of a pixel), its label position in pixels, and whether it belongs to the extent. Computed once
/// per map; small multiples share it and differ only in colours.
public struct MapFrame: Sendable, Codable, Equatable {
    public struct Area: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var path: String
        public var labelX: Double
        public var labelY: Double
        /// Part of the extent the view was fitted to: drawn as missing when it has no value, where areas
        /// outside it are plain background.
        public var inExtent: Bool
    }

    public var width: Double
    public var height: Double
    public var areas: [Area]

    /// Fits `extent` (ids; empty = every shape) into a panel `width` pixels wide and keeps the shapes that
    /// show in it.
    public init(shapes: [MapShape], extent: Set<String>, width: Double) {
        let inExtent = extent.isEmpty ? shapes : shapes.filter { extent.contains($0.id) }
        let bounds = inExtent.dropFirst().reduce(inExtent.first?.bounds ?? MapBounds(minX: 0, minY: 0, maxX: 1, maxY: 1)) { $0.union($1.bounds) }
        let viewport = MapViewport(extent: bounds, width: width)
        self.width = viewport.width
        height = viewport.height
        areas = shapes.filter { $0.bounds.intersects(viewport.visible) }.map { shape in
            let label = viewport.pixel(shape.labelPoint)
            return Area(id: shape.id, name: shape.name, path: viewport.pathData(shape.rings),
                        labelX: (label.x * 10).rounded() / 10, labelY: (label.y * 10).rounded() / 10,
                        inExtent: extent.isEmpty || extent.contains(shape.id))
        }
    }
}
