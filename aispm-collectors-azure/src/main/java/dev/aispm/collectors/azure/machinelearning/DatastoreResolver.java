package dev.aispm.collectors.azure.machinelearning;

import dev.aispm.collectors.azure.storage.BlobLocation;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the URIs Azure ML jobs and models use into blob locations: {@code azureml://datastores/D/paths/P}
 * (short or with the workspace's subscription, group and name before it) through the workspace's
 * datastores, plain https/wasbs/abfss URIs directly, and data asset references
 * ({@code azureml:NAME:VERSION}, {@code azureml:NAME@latest}, or the long
 * {@code azureml://.../data/NAME/versions/V}) through the data asset's own URI. A reference to an
 * asset or datastore that was not read resolves to nothing: the edge is left out, never guessed.
 */
public final class DatastoreResolver {
  private static final Pattern DATASTORE = Pattern.compile("(?i)azureml://(?:.*/)?datastores/([^/]+)/paths/(.*)");
  private static final Pattern ASSET_SHORT = Pattern.compile("(?i)azureml:([^:/@]+)(?::([^:/@]+)|@latest)");
  private static final Pattern ASSET_LONG = Pattern.compile("(?i)azureml://(?:.*/)?data/([^/]+)/versions/([^/]+)/?");
  private final Map<String, BlobLocation> datastores;
  private final Map<String, DataAssetTransformer.Asset> assets;

  /** @param datastores each datastore's container (path empty), by lower-case name */
  public DatastoreResolver(Map<String, BlobLocation> datastores) {
    this(datastores, Map.of());
  }

  private DatastoreResolver(Map<String, BlobLocation> datastores, Map<String, DataAssetTransformer.Asset> assets) {
    this.datastores = Map.copyOf(datastores);
    this.assets = Map.copyOf(assets);
  }

  /** The same resolver that also knows the workspace's data assets, keyed as {@link DataAssetTransformer#key}. */
  public DatastoreResolver withDataAssets(Map<String, DataAssetTransformer.Asset> dataAssets) {
    return new DatastoreResolver(datastores, dataAssets);
  }

  /** The data asset a URI refers to, or null when it names none (or one that was not read). */
  public DataAssetTransformer.Asset dataAsset(String uri) {
    if (uri == null) {
      return null;
    }
    Matcher s = ASSET_SHORT.matcher(uri.strip());
    if (s.matches()) {
      return assets.get(DataAssetTransformer.key(s.group(1), s.group(2) == null ? DataAssetTransformer.LATEST : s.group(2)));
    }
    Matcher l = ASSET_LONG.matcher(uri.strip());
    return l.matches() ? assets.get(DataAssetTransformer.key(l.group(1), l.group(2))) : null;
  }

  public BlobLocation resolve(String uri) {
    if (uri == null) {
      return null;
    }
    DataAssetTransformer.Asset asset = dataAsset(uri);
    if (asset != null) {
      // An asset's own URI is a datastore or storage URI, never another asset: no loop.
      return asset.dataUri() == null || dataAsset(asset.dataUri()) != null ? null : resolve(asset.dataUri());
    }
    Matcher m = DATASTORE.matcher(uri.strip());
    if (m.matches()) {
      BlobLocation store = datastores.get(m.group(1).toLowerCase(Locale.ROOT));
      return store == null ? null : new BlobLocation(store.account(), store.container(), m.group(2));
    }
    return BlobLocation.parse(uri);
  }
}
