package dev.aispm.api.v1;

import dev.aispm.api.v1.dto.Page;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.posture.query.AssetDetail;
import dev.aispm.posture.query.AssetFilter;
import dev.aispm.posture.query.AssetQueries;
import dev.aispm.posture.query.AssetView;
import dev.aispm.posture.query.Neighbourhood;
import dev.aispm.posture.query.Slice;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inventory: every collected asset, filterable (including to AI assets only, with the data
 * stores and identities they use) and paged by id; one asset with its findings; and an asset's
 * neighbourhood in the graph, which the dashboard draws.
 */
@RestController
@RequestMapping("/api/v1/assets")
public class AssetController {
  private final AssetQueries assets;

  public AssetController(GraphConnection graph) {
    this.assets = new AssetQueries(graph);
  }

  @Operation(summary = "Assets by id, filtered by provider, account, region, type, tag, kind (graph label), "
      + "AI assets only, and a search of id and name; links=true adds the data stores and identities each uses.")
  @GetMapping
  public Page<AssetView> list(
      @RequestParam(required = false) String provider,
      @RequestParam(required = false) String account,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String tag,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) Boolean ai,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Boolean links,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    int n = Limits.check(limit);
    AssetFilter filter;
    try {
      filter = new AssetFilter(Limits.filter("provider", provider), Limits.filter("account", account),
          Limits.filter("region", region), Limits.filter("type", type), Limits.filter("tag", tag),
          Limits.filter("kind", kind), Boolean.TRUE.equals(ai), Limits.filter("q", q), Cursor.decode(cursor));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("kind", e.getMessage());
    }
    Slice<AssetView> page = assets.page(filter, n);
    List<AssetView> items = Boolean.TRUE.equals(links) ? assets.withLinks(page.items()) : page.items();
    return new Page<>(items, page.hasMore() ? Cursor.encode(page.last().id()) : null, n);
  }

  @Operation(summary = "One asset by id (ids are ARNs and URLs, so it is a query parameter), with the "
      + "findings that affect it, highest score first (at most 100).")
  @GetMapping("/detail")
  public AssetDetail detail(@RequestParam String id) {
    checkId(id);
    return assets.detail(id).orElseThrow(() -> new NotFoundException("asset " + id));
  }

  @Operation(summary = "An asset's neighbourhood in the graph: the assets within 1 or 2 relationships and "
      + "the relationships followed, bounded to 80 nodes. Account and internet nodes are shown but not "
      + "expanded through, since everything in an account hangs off them.")
  @GetMapping("/neighbourhood")
  public Neighbourhood neighbourhood(@RequestParam String id, @RequestParam(required = false) Integer hops) {
    checkId(id);
    int h = hops == null ? 1 : hops;
    if (h < 1 || h > 2) {
      throw new InvalidParameterException("hops", "must be 1 or 2, was " + h);
    }
    return assets.neighbourhood(id, h).orElseThrow(() -> new NotFoundException("asset " + id));
  }

  private static void checkId(String id) {
    if (id == null || id.isBlank() || id.length() > 2048) {
      throw new InvalidParameterException("id", "an asset id is between 1 and 2048 characters");
    }
  }
}
