// topo.js: decodes a TopoJSON topology into GeoJSON features, enough for
// the world outlines the map draws (quantized arcs, Polygon and
// MultiPolygon geometries).
"use strict";
window.topoFeatures = function (topology, objectName) {
  const tr = topology.transform;
  const arcs = topology.arcs.map(function (arc) {
    let x = 0, y = 0;
    return arc.map(function (p) {
      if (tr) {
        x += p[0]; y += p[1];
        return [x * tr.scale[0] + tr.translate[0], y * tr.scale[1] + tr.translate[1]];
      }
      return p;
    });
  });
  function arcPoints(i) {
    const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    return a;
  }
  // ring joins arcs into a ring. A ring that crosses the antimeridian
  // (Fiji, Chukotka) has its far-side points pinned to the map edge, so
  // no polygon is drawn across the whole map.
  function ring(indexes) {
    const pts = [];
    indexes.forEach(function (i, k) {
      const a = arcPoints(i);
      pts.push.apply(pts, k === 0 ? a : a.slice(1));
    });
    let crosses = false, east = 0;
    for (let k = 0; k < pts.length; k++) {
      if (pts[k][0] > 0) east++;
      if (k > 0 && Math.abs(pts[k][0] - pts[k - 1][0]) > 180) crosses = true;
    }
    if (!crosses) return pts;
    const side = east * 2 >= pts.length ? 180 : -180;
    return pts.map(function (p) {
      return Math.sign(p[0]) !== Math.sign(side) && Math.abs(p[0]) > 90 ? [side, p[1]] : p;
    });
  }
  const obj = topology.objects[objectName];
  return obj.geometries.map(function (g) {
    let geometry = null;
    if (g.type === "Polygon") {
      geometry = { type: "Polygon", coordinates: g.arcs.map(ring) };
    } else if (g.type === "MultiPolygon") {
      geometry = { type: "MultiPolygon", coordinates: g.arcs.map(function (p) { return p.map(ring); }) };
    }
    return { type: "Feature", id: g.id, properties: g.properties || {}, geometry: geometry };
  }).filter(function (f) { return f.geometry && f.id !== "010"; }); // no Antarctica
};
