package dev.aispm.collectors.azure.containerapps;

import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aispm.collectors.content.SettingValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a Container Apps template runs: the images of its containers and init containers and the
 * names of their environment variables. An app, each of its revisions and a job carry the same
 * template shape, so they are read here once. Names leave this class; a plain env var's
 * {@code value} only goes to the secret scanner ({@link #plainValues}), which keeps a fingerprint
 * and a preview of what it finds.
 *
 * @param images                     images as named, in template order, without repeats
 * @param environmentVariableNames   env var names, without repeats
 * @param secretEnvironmentVariables the names among them taken from a secret ({@code secretRef})
 */
record ContainerTemplate(List<String> images, List<String> environmentVariableNames,
    List<String> secretEnvironmentVariables) {

  static final ContainerTemplate EMPTY = new ContainerTemplate(List.of(), List.of(), List.of());

  /** The containers and init containers of a {@code template} object (a missing one runs nothing). */
  static ContainerTemplate of(JsonNode template) {
    List<String> images = new ArrayList<>();
    Set<String> env = new LinkedHashSet<>();
    Set<String> fromSecrets = new LinkedHashSet<>();
    for (String group : List.of("containers", "initContainers")) {
      for (JsonNode c : template.path(group)) {
        String image = text(c, "image");
        if (image != null && !image.isBlank() && !images.contains(image.strip())) {
          images.add(image.strip());
        }
        for (JsonNode e : c.path("env")) {
          String var = text(e, "name");
          if (var == null || var.isBlank()) {
            continue;
          }
          env.add(var);
          if (text(e, "secretRef") != null) {
            fromSecrets.add(var);
          }
        }
      }
    }
    return new ContainerTemplate(List.copyOf(images), List.copyOf(env), List.copyOf(fromSecrets));
  }

  /**
   * The plain (not {@code secretRef}) env var values of a {@code template}'s containers and init
   * containers, named {@code PREFIXCONTAINER.env.NAME}, for the secret scanner only.
   */
  static Map<String, String> plainValues(JsonNode template, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String group : List.of("containers", "initContainers")) {
      out.putAll(SettingValues.fromContainers(template.path(group), group, prefix));
    }
    return out;
  }


  /** This template and another that runs beside it (an older revision still taking traffic). */
  ContainerTemplate plus(ContainerTemplate other) {
    return new ContainerTemplate(union(images, other.images), union(environmentVariableNames,
        other.environmentVariableNames), union(secretEnvironmentVariables, other.secretEnvironmentVariables));
  }

  private static List<String> union(List<String> a, List<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
