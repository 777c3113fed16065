package dev.aispm.collectors.gcp.compute;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a VM's metadata says it runs at boot, as instances.list answers it in clear to every holder
 * of compute.instances.list: the startup script ({@code startup-script}, and the Windows ones), the
 * cloud-init config Container-Optimized OS runs ({@code user-data}), and the container declaration
 * of a container VM ({@code gce-container-declaration}, whose {@code image:} names the container). A
 * script kept in an object ({@code startup-script-url}, a {@code gs://} or {@code https://} URL) is
 * not fetched: the VM then says so rather than passing for one without a script. The other metadata
 * values are kept too, because a token put in a custom key is as readable as one in the script;
 * public SSH keys are left out.
 *
 * @param scripts    the boot scripts in clear by metadata key, in the answer's order
 * @param others     the other metadata values by key, read for secrets only
 * @param scriptUrls the values of the {@code *-startup-script-url} keys, not fetched
 */
public record VmMetadata(Map<String, String> scripts, Map<String, String> others, List<String> scriptUrls) {
  /** Keys whose value is a script or config the VM runs at boot. */
  public static final List<String> SCRIPT_KEYS = List.of("startup-script", "user-data", "gce-container-declaration",
      "windows-startup-script-ps1", "windows-startup-script-cmd", "windows-startup-script-bat");
  /** Keys whose value names an object holding the script. */
  public static final List<String> URL_KEYS = List.of("startup-script-url", "windows-startup-script-url");
  /** Keys holding public keys or Google's own state: nothing secret, and long. */
  private static final List<String> SKIPPED = List.of("ssh-keys", "sshKeys", "windows-keys");

  public VmMetadata {
    scripts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scripts));
    others = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(others));
    scriptUrls = List.copyOf(scriptUrls);
  }

  /** Reads {@code metadata.items}; a missing or malformed block is a VM without metadata, never an error. */
  public static VmMetadata of(JsonNode metadata) {
    Map<String, String> scripts = new LinkedHashMap<>();
    Map<String, String> others = new LinkedHashMap<>();
    List<String> urls = new java.util.ArrayList<>();
    JsonNode items = metadata == null ? null : metadata.path("items");
    if (items != null && items.isArray()) {
      for (JsonNode item : items) {
        String key = item.path("key").asText("");
        JsonNode v = item.path("value");
        if (key.isEmpty() || !v.isValueNode() || v.isNull() || v.asText().isBlank() || SKIPPED.contains(key)) {
          continue;
        }
        if (SCRIPT_KEYS.contains(key)) {
          scripts.put(key, v.asText());
        } else if (URL_KEYS.contains(key)) {
          urls.add(v.asText().strip());
        } else {
          others.put(key, v.asText());
        }
      }
    }
    return new VmMetadata(scripts, others, urls);
  }

  /** Whether the VM runs a script or container declaration given in clear. */
  public boolean hasScript() {
    return !scripts.isEmpty();
  }

  /** The shell scripts among {@link #scripts}: the container declaration installs nothing. */
  public Map<String, String> shellScripts() {
    Map<String, String> out = new LinkedHashMap<>(scripts);
    out.remove("gce-container-declaration");
    return out;
  }
}
