package dev.aispm.api.v1;

import dev.aispm.api.report.PostureQueries;
import dev.aispm.api.v1.dto.Page;
import dev.aispm.graph.connect.GraphConnection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The AI inventory: every collected asset, filterable, paged by id. */
@RestController
@RequestMapping("/api/v1/assets")
public class AssetController {
  private final GraphConnection graph;

  public AssetController(GraphConnection graph) {
    this.graph = graph;
  }

  @GetMapping
  public Page<Map<String, Object>> list(
      @RequestParam(required = false) String provider,
      @RequestParam(required = false) String account,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String tag,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    int n = Limits.check(limit);
    Map<String, Object> p = new HashMap<>();
    p.put("provider", Limits.filter("provider", provider));
    p.put("account", Limits.filter("account", account));
    p.put("region", Limits.filter("region", region));
    p.put("type", Limits.filter("type", type));
    p.put("tag", Limits.filter("tag", tag));
    p.put("after", Cursor.decode(cursor));
    p.put("limit", n + 1);
    try (Session s = graph.session()) {
      List<Map<String, Object>> rows = s.run("""
          MATCH (n:Asset)
          WHERE n.stub IS NULL AND NOT n:Internet
            AND ($provider IS NULL OR n.provider = $provider)
            AND ($account IS NULL OR n.account = $account)
            AND ($region IS NULL OR n.region = $region)
            AND ($type IS NULL OR n.type = $type)
            AND ($tag IS NULL OR $tag IN coalesce(n.tags, []))
            AND ($after IS NULL OR n.id > $after)
          RETURN n ORDER BY n.id LIMIT $limit
          """, p).list(r -> PostureQueries.asset(r.get("n").asNode()));
      String next = rows.size() > n ? Cursor.encode((String) rows.get(n - 1).get("id")) : null;
      return new Page<>(rows.subList(0, Math.min(n, rows.size())), next, n);
    }
  }
}
