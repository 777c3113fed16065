package dev.aispm.collectors.azure.web;

import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.storage.BlobLocation;

/**
 * Where a function app's code package is, as far as the scan can tell without touching the app:
 * the deployment container of a Flex Consumption app ({@code functionAppConfig.deployment.storage},
 * in the site itself) or the blob {@code WEBSITE_RUN_FROM_PACKAGE} names (app settings, read only
 * when enabled). Packages deployed to the app's file share are not reachable through Blob storage.
 *
 * @param kind     {@link #FLEX} or {@link #RUN_FROM_PACKAGE}
 * @param location the container (Flex) or the package blob
 */
public record PackageSource(String kind, BlobLocation location) {
  public static final String FLEX = "flexDeploymentStorage";
  public static final String RUN_FROM_PACKAGE = "runFromPackageUrl";

  /**
   * The package of an app, or null when the scan knows of none it can read.
   *
   * @param settings the app settings' names and package URI, null when not read
   */
  public static PackageSource of(JsonNode site, AppSettingNames settings) {
    JsonNode storage = site.path("properties").path("functionAppConfig").path("deployment").path("storage");
    String container = text(storage, "value");
    if (container != null && "blobContainer".equalsIgnoreCase(text(storage, "type"))) {
      String plain = AppSettingNames.withoutQuery(container);
      BlobLocation l = plain == null ? null : BlobLocation.parse(plain);
      if (l != null) {
        return new PackageSource(FLEX, new BlobLocation(l.account(), l.container(), ""));
      }
    }
    if (settings != null && settings.packageUri() != null) {
      BlobLocation l = BlobLocation.parse(settings.packageUri());
      if (l != null && !l.path().isEmpty()) {
        return new PackageSource(RUN_FROM_PACKAGE, l);
      }
    }
    return null;
  }

  /** The URI the node records: the container or blob, never a query. */
  public String uri() {
    return location.uri();
  }
}
