package org.sitrep.core.place;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The province polygons of generated/provinces.geojson (Natural Earth admin-1, defects fixed by
 * the generator), keyed by ISO 3166-2 code, with an indexed point-in-polygon test. The bundled set
 * is read on first use only, so reading text never pays for it. Immutable; thread-safe.
 */
final class ProvincePolygons {
  /** A point this close to a province (in degrees, about 2 km) but in none counts as in the nearest: the rounded borders leave slivers. */
  private static final double SLIVER = 0.02;

  private record Shape(String admin1, Geometry geometry, IndexedPointInAreaLocator locator) {}

  private static final class Holder {
    static final ProvincePolygons BUNDLED = read(ProvincePolygons.class, "generated/provinces.geojson");
  }

  private final List<Shape> shapes;
  private final GeometryFactory factory = new GeometryFactory();

  private ProvincePolygons(List<Shape> shapes) {
    this.shapes = List.copyOf(shapes);
  }

  static ProvincePolygons bundled() {
    return Holder.BUNDLED;
  }

  static ProvincePolygons read(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      JsonNode root = new ObjectMapper().readTree(in);
      GeometryFactory f = new GeometryFactory();
      List<Shape> shapes = new ArrayList<>();
      for (JsonNode feature : root.path("features")) {
        String iso = feature.path("properties").path("iso").asText();
        Geometry g = geometry(f, feature.path("geometry"));
        shapes.add(new Shape(iso, g, new IndexedPointInAreaLocator(g)));
      }
      return new ProvincePolygons(shapes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Geometry geometry(GeometryFactory f, JsonNode g) {
    String type = g.path("type").asText();
    JsonNode c = g.path("coordinates");
    if (type.equals("Polygon")) {
      return polygon(f, c);
    }
    if (type.equals("MultiPolygon")) {
      Polygon[] parts = new Polygon[c.size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = polygon(f, c.get(i));
      }
      return f.createMultiPolygon(parts);
    }
    throw new IllegalArgumentException("not a polygon: " + type);
  }

  private static Polygon polygon(GeometryFactory f, JsonNode rings) {
    LinearRing shell = ring(f, rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(f, rings.get(i));
    }
    return f.createPolygon(shell, holes);
  }

  private static LinearRing ring(GeometryFactory f, JsonNode points) {
    Coordinate[] cs = new Coordinate[points.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = new Coordinate(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
    }
    return f.createLinearRing(cs);
  }

  /** The province containing the point, or the nearest one within a sliver's width; empty outside. */
  Optional<String> provinceAt(double lat, double lon) {
    Coordinate c = new Coordinate(lon, lat);
    for (Shape s : shapes) {
      if (s.locator().locate(c) != Location.EXTERIOR) {
        return Optional.of(s.admin1());
      }
    }
    Point p = factory.createPoint(c);
    Shape nearest = null;
    double best = SLIVER;
    for (Shape s : shapes) {
      Envelope near = new Envelope(s.geometry().getEnvelopeInternal());
      near.expandBy(SLIVER);
      if (!near.contains(c)) {
        continue;
      }
      double d = s.geometry().distance(p);
      if (d <= best) {
        best = d;
        nearest = s;
      }
    }
    return nearest == null ? Optional.empty() : Optional.of(nearest.admin1());
  }

  /** Province code → an interior point (lat, lon), for every polygon. */
  Map<String, double[]> interiorPoints() {
    Map<String, double[]> out = new TreeMap<>();
    for (Shape s : shapes) {
      Point p = s.geometry().getInteriorPoint();
      out.put(s.admin1(), new double[] {p.getY(), p.getX()});
    }
    return Collections.unmodifiableMap(out);
  }

  /** The provinces that have a polygon. */
  List<String> provinces() {
    return shapes.stream().map(Shape::admin1).sorted().toList();
  }
}
