package dev.aispm.collectors.azure.containerapps;

import static dev.aispm.collectors.azure.arm.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a Container Apps template runs: the images of its containers and init containers and the
 * names of their environment variables. An app, each of its revisions and a job carry the same
 * template shape, so they are read here once. An env var's {@code value} is never read: a plain
 * value can be a key as surely as a secret is, so only names leave this class.
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
