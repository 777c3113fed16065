package dev.aispm.collectors.azure.storage;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in blob storage, parsed from the URI forms Azure ML and its users write
 * ({@code https://ACCOUNT.blob.core.windows.net/CONTAINER/PATH}, {@code wasbs://CONTAINER@ACCOUNT...},
 * {@code abfss://FS@ACCOUNT.dfs...}); azureml:// datastore URIs are resolved by the ML sync, which
 * knows the datastores. The graph id of a prefix or model file is its https URI without a trailing slash.
 */
public record BlobLocation(String account, String container, String path) {
  private static final Pattern HTTPS = Pattern.compile("(?i)https://([a-z0-9]+)\\.(?:blob|dfs)\\.[^/]+/([^/?]+)/?([^?]*)");
  private static final Pattern WASB = Pattern.compile("(?i)(?:wasbs?|abfss?)://([^@/]+)@([a-z0-9]+)\\.(?:blob|dfs)\\.[^/]+/?([^?]*)");

  public BlobLocation {
    account = account.toLowerCase(Locale.ROOT);
    path = path == null ? "" : trimSlashes(path);
  }

  /** Parses an https, wasbs or abfss URI; null for anything else. */
  public static BlobLocation parse(String uri) {
    if (uri == null) {
      return null;
    }
    Matcher m = HTTPS.matcher(uri.strip());
    if (m.matches()) {
      return new BlobLocation(m.group(1), m.group(2), m.group(3));
    }
    m = WASB.matcher(uri.strip());
    if (m.matches()) {
      return new BlobLocation(m.group(2), m.group(1), m.group(3));
    }
    return null;
  }

  /** The graph id and uri property: https://ACCOUNT.blob.core.windows.net/CONTAINER[/PATH]. */
  public String uri() {
    String base = "https://" + account + ".blob.core.windows.net/" + container;
    return path.isEmpty() ? base : base + "/" + path;
  }

  /** The container's graph id, when the account is one the scan listed (name to ARM id). */
  public String containerId(Map<String, String> accountIdsByName) {
    String accountId = accountIdsByName.get(account);
    return accountId == null ? null
        : accountId + "/blobservices/default/containers/" + container.toLowerCase(Locale.ROOT);
  }

  private static String trimSlashes(String s) {
    String t = s;
    while (t.startsWith("/")) {
      t = t.substring(1);
    }
    while (t.endsWith("/")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }
}
