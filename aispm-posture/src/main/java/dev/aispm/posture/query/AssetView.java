package dev.aispm.posture.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One collected asset as every reader shows it: the fields all assets share, then the properties
 * of its own type. The data stores and identities it uses are present only when asked for.
 *
 * @param properties  the type's own properties (see docs/graph-model.md), times as ISO text
 * @param dataStores  data stores reached from it, when links were asked for
 * @param identities  identities it runs as or reaches in one step, when links were asked for
 */
public record AssetView(String id, String provider, String account, String region, String type, String name,
    List<String> labels, String firstSeen, String lastSeen, String lastScanId, Map<String, Object> properties,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<AssetRef> dataStores,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<AssetRef> identities) {

  /** The same asset with the stores and identities it uses. */
  public AssetView withLinks(List<AssetRef> stores, List<AssetRef> ids) {
    return new AssetView(id, provider, account, region, type, name, labels, firstSeen, lastSeen, lastScanId,
        properties, List.copyOf(stores), List.copyOf(ids));
  }
}
