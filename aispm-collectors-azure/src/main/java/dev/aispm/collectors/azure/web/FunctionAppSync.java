package dev.aispm.collectors.azure.web;

import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.azure.AzureScope;
import dev.aispm.collectors.azure.GraphBatch;
import dev.aispm.collectors.azure.authorization.ResourceIdentity;
import dev.aispm.collectors.azure.storage.BlobFailures;
import dev.aispm.collectors.azure.storage.BlobStore;
import dev.aispm.collectors.content.CodePackageScan.CodeReport;
import dev.aispm.collectors.content.PackageBytes;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.azure.web.AzureFunctionAppSchema;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Collects the function apps of one subscription: lists the sites, reads each function app's
 * {@code config/web} and authentication settings, its app settings' names when enabled, and its
 * code package from Blob storage. A read that fails is recorded for the types it feeds and the app
 * is still written with what was read; a package that could not be read fails the supply-chain
 * types, so cleanup keeps what an earlier scan found in it.
 */
public final class FunctionAppSync {
  private static final NodeSchema[] CODE_TYPES = SupplyChainGraph.TYPES.toArray(NodeSchema[]::new);
  private static final NodeSchema[] APP_AND_CODE = java.util.stream.Stream.concat(
      java.util.stream.Stream.of(AzureFunctionAppSchema.NODE), SupplyChainGraph.TYPES.stream()).toArray(NodeSchema[]::new);

  private final AzureScope s;
  private final FunctionPackageReader reader;
  private final BiFunction<String, String, BlobStore> stores;
  private final boolean readSettings;

  /**
   * @param reader       scans packages; null turns package reading off
   * @param stores       a Blob store for (account name, blob endpoint)
   * @param readSettings AISPM_AZURE_READ_APP_SETTINGS
   */
  public FunctionAppSync(AzureScope scope, FunctionPackageReader reader, BiFunction<String, String, BlobStore> stores,
      boolean readSettings) {
    this.s = scope;
    this.reader = reader;
    this.stores = stores;
    this.readSettings = readSettings;
  }

  /**
   * @param blobEndpoints blob endpoint by storage account name, for the accounts this scan listed
   * @param identities    collects the apps' managed identities, for the principal step
   */
  public void collect(Map<String, String> blobEndpoints, Map<String, ResourceIdentity> identities, GraphBatch out) {
    FunctionAppFetcher web = new FunctionAppFetcher(s.arm());
    List<JsonNode> sites = s.read(() -> web.sites(s.path()), APP_AND_CODE)
        .orElse(List.of());
    for (JsonNode site : sites) {
      if (!FunctionAppTransformer.isFunctionApp(site)) {
        continue;
      }
      String path = text(site, "id");
      JsonNode config = s.read(() -> web.webConfig(path), AzureFunctionAppSchema.NODE).orElse(null);
      JsonNode auth = s.read(() -> web.authSettings(path), AzureFunctionAppSchema.NODE).orElse(null);
      AppSettingNames settings = readSettings
          ? s.read(() -> web.appSettings(path), APP_AND_CODE).orElse(null) : null;
      PackageSource source = PackageSource.of(site, settings);
      CodeReport code = code(site, settings, source, blobEndpoints);
      FunctionAppTransformer.transform(new FunctionAppTransformer.AppView(site, config, auth, settings, source, code),
          s.tenantId(), s.scope(), out);
      ResourceIdentity.of(site).forEach(i -> identities.putIfAbsent(i.principalId(), i));
    }
  }

  private CodeReport code(JsonNode site, AppSettingNames settings, PackageSource source,
      Map<String, String> blobEndpoints) {
    String name = text(site, "name");
    if (source == null) {
      String why = settings != null && settings.localPackage()
          ? "the package is in the app's file share (WEBSITE_RUN_FROM_PACKAGE=1), which the scan does not read"
          : settings == null && !readSettings
              ? "no Flex Consumption deployment container; app settings (WEBSITE_RUN_FROM_PACKAGE) not read"
              : "no package in Blob storage";
      return CodeReport.notRead(CodeReport.NONE, why);
    }
    if (reader == null) {
      return CodeReport.notRead(CodeReport.NONE, "package reading is off");
    }
    long start = System.nanoTime();
    String endpoint = blobEndpoints.get(source.location().account());
    if (endpoint == null) {
      // An account of another subscription or tenant: its endpoint is not known, and guessing the
      // public one would send the token out of a sovereign or simulated cloud.
      return failed(name, "storage account " + source.location().account() + " of the package was not listed by "
          + "this scan", null, start, CodeReport.FAILED);
    }
    try {
      return reader.read(stores.apply(source.location().account(), endpoint), source);
    } catch (FunctionPackageReader.NoPackageException e) {
      // An app created but never deployed: nothing to read, and nothing failed.
      return CodeReport.notRead(CodeReport.NONE, e.getMessage());
    } catch (PackageBytes.OverBudgetException e) {
      return failed(name, e.getMessage(), null, start, CodeReport.OVER_BUDGET);
    } catch (IOException e) {
      return failed(name, e.getMessage(), null, start, CodeReport.FAILED);
    } catch (RuntimeException e) {
      BlobFailures.Failure f = BlobFailures.describe(e, BlobStore.READ_DATA_ACTION);
      return failed(name, f.error(), f.missingPermission(), start, CodeReport.FAILED);
    }
  }

  private CodeReport failed(String app, String error, String missing, long start, String status) {
    s.failed("function app package", "function app " + app + ": " + error, missing,
        Duration.ofNanos(System.nanoTime() - start), CODE_TYPES);
    return CodeReport.notRead(status, error);
  }
}
