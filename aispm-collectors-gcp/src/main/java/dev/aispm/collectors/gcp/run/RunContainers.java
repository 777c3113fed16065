package dev.aispm.collectors.gcp.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.gcp.GcpIds;
import java.util.List;
import java.util.Set;

/**
 * Reads a Cloud Run {@code containers} array, the shape a service's template, each of its
 * revisions and a job's task template share, so a job's images and keys read exactly as a
 * service's do. Names leave this class; a plain env var's {@code value} only goes to the secret
 * scanner (through {@code SettingValues.fromContainers}), which keeps a fingerprint and a preview of what it finds.
 */
final class RunContainers {
  private RunContainers() {}

  /**
   * Adds the images (as named, without repeats) and env var names of {@code containers}.
   *
   * @param secrets collects the names taken from Secret Manager ({@code valueSource.secretKeyRef}); null to skip
   */
  static void read(JsonNode containers, List<String> images, Set<String> env, Set<String> secrets) {
    for (JsonNode c : containers) {
      String image = GcpIds.nullIfEmpty(c.path("image").asText("").strip());
      if (image != null && !images.contains(image)) {
        images.add(image);
      }
      for (JsonNode e : c.path("env")) {
        String name = e.path("name").asText("");
        if (name.isEmpty()) {
          continue;
        }
        env.add(name);
        if (secrets != null && e.path("valueSource").path("secretKeyRef").isObject()) {
          secrets.add(name);
        }
      }
    }
  }
}
