package dev.aispm.collectors.azure.diagnostics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One log category of one AI account that a diagnostic setting archives to a storage account:
 * Azure Monitor writes it to the container {@code insights-logs-<category>} of that account, one
 * folder per resource ({@code resourceId=<RESOURCE ID IN UPPER CASE>/}).
 *
 * @param resourceId       the AI account's ARM id, lower case as the graph writes it
 * @param subscription     the account's subscription, the scope failures are recorded on
 * @param storageAccountId the ARM id of the storage account the setting names, lower case
 * @param category         the log category as Azure names it ({@code RequestResponse}, {@code Audit})
 */
public record LogArchive(String resourceId, String subscription, String storageAccountId, String category) {
  /** The categories read: the calls (RequestResponse) and key and setting use (Audit). */
  static final List<String> CATEGORIES = List.of("Audit", "RequestResponse");

  /** The storage account's name, the last segment of its id. */
  public String storageAccount() {
    return storageAccountId.substring(storageAccountId.lastIndexOf('/') + 1);
  }

  /** The container Azure Monitor writes this category to. */
  public String container() {
    return "insights-logs-" + category.toLowerCase(Locale.ROOT);
  }

  /** The folder of this resource's blobs in the container. */
  public String folder() {
    return "resourceId=" + resourceId.toUpperCase(Locale.ROOT) + "/";
  }

  /** The checkpoint id of this archive: one key-ordered source per resource and category. */
  public String source() {
    return "azure/diagnostic-logs/" + storageAccount() + "/" + container() + "/" + resourceId;
  }

  /**
   * The archives that the diagnostic settings of {@code resourceId} (a {@code diagnosticSettings}
   * list answer's {@code value}) define: for each setting with a {@code storageAccountId}, every
   * read category it enables by name or through the {@code allLogs} group ({@code audit} covers
   * Audit). A category two settings archive to the same account counts once.
   */
  public static List<LogArchive> of(String resourceId, List<JsonNode> settings) {
    String id = resourceId.toLowerCase(Locale.ROOT);
    Set<LogArchive> out = new LinkedHashSet<>();
    for (JsonNode s : settings) {
      JsonNode p = s.path("properties");
      String storage = p.path("storageAccountId").asText("");
      if (storage.isBlank()) {
        continue;
      }
      Set<String> categories = new LinkedHashSet<>();
      for (JsonNode log : p.path("logs")) {
        if (!log.path("enabled").asBoolean(false)) {
          continue;
        }
        String category = log.path("category").asText("");
        String group = log.path("categoryGroup").asText("");
        for (String c : CATEGORIES) {
          if (c.equalsIgnoreCase(category) || group.equalsIgnoreCase("allLogs")
              || group.equalsIgnoreCase("audit") && c.equals("Audit")) {
            categories.add(c);
          }
        }
      }
      for (String c : categories) {
        out.add(new LogArchive(id, subscriptionOf(id), storage.toLowerCase(Locale.ROOT), c));
      }
    }
    return new ArrayList<>(out);
  }

  static String subscriptionOf(String resourceId) {
    String[] parts = resourceId.split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i].equalsIgnoreCase("subscriptions")) {
        return parts[i + 1];
      }
    }
    return "unknown";
  }
}
