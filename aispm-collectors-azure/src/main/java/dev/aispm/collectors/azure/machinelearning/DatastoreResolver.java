package dev.aispm.collectors.azure.machinelearning;

import dev.aispm.collectors.azure.storage.BlobLocation;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the URIs Azure ML jobs and models use into blob locations: {@code azureml://datastores/D/paths/P}
 * (short or with the workspace's subscription, group and name before it) through the workspace's
 * datastores, and plain https/wasbs/abfss URIs directly. Data asset references
 * ({@code azureml:NAME:VERSION}) are not resolved: the edge is left out, never guessed.
 */
public final class DatastoreResolver {
  private static final Pattern DATASTORE = Pattern.compile("(?i)azureml://(?:.*/)?datastores/([^/]+)/paths/(.*)");
  private final Map<String, BlobLocation> datastores;

  /** @param datastores each datastore's container (path empty), by lower-case name */
  public DatastoreResolver(Map<String, BlobLocation> datastores) {
    this.datastores = Map.copyOf(datastores);
  }

  public BlobLocation resolve(String uri) {
    if (uri == null) {
      return null;
    }
    Matcher m = DATASTORE.matcher(uri.strip());
    if (m.matches()) {
      BlobLocation store = datastores.get(m.group(1).toLowerCase(Locale.ROOT));
      return store == null ? null : new BlobLocation(store.account(), store.container(), m.group(2));
    }
    return BlobLocation.parse(uri);
  }
}
