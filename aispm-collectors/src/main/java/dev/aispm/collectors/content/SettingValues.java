package dev.aispm.collectors.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Takes the plain setting values out of the two JSON shapes cloud APIs answer them in, for
 * {@link SettingSecrets} only: an object of names to values (Cloud Functions'
 * {@code environmentVariables}, an Azure ML deployment's), and a containers array whose entries
 * carry {@code env: [{name, value}]} (Cloud Run, Container Apps). An entry without a string
 * {@code value} is a reference to a secret store ({@code valueSource}, {@code secretRef}) and has
 * nothing to judge.
 */
public final class SettingValues {
  private SettingValues() {}

  /** The string fields of {@code object}, named {@code PREFIXNAME}. */
  public static Map<String, String> fromObject(JsonNode object, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isTextual()) {
        out.put(prefix + e.getKey(), e.getValue().asText());
      }
    }
    return out;
  }

  /**
   * The plain env values of a containers array, named {@code PREFIXCONTAINER.env.NAME}; a
   * container without a name is named by its place, {@code GROUP[i]}.
   */
  public static Map<String, String> fromContainers(JsonNode containers, String group, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    int i = 0;
    for (JsonNode c : containers) {
      String name = c.path("name").asText("");
      String container = name.isBlank() ? group + "[" + i + "]" : name;
      for (JsonNode e : c.path("env")) {
        String var = e.path("name").asText("");
        if (!var.isBlank() && e.path("value").isTextual()) {
          out.put(prefix + container + ".env." + var, e.path("value").asText());
        }
      }
      i++;
    }
    return out;
  }
}
