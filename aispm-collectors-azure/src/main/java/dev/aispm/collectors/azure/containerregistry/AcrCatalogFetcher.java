package dev.aispm.collectors.azure.containerregistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.collectors.content.image.RegistryClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a registry's repositories and each repository's manifests through ACR's data plane
 * ({@code GET /acr/v1/_catalog}, {@code GET /acr/v1/NAME/_manifests?orderby=timedesc}), which
 * adds what the distribution API lacks: sizes, times and tags per manifest; and, for the images
 * workloads name, one tag's digest ({@code GET /acr/v1/NAME/_tags/TAG}) and one manifest's
 * attributes ({@code GET /acr/v1/NAME/_manifests/DIGEST}). Calls only.
 */
public final class AcrCatalogFetcher {
  /** More pages than a registry needs; a Link that keeps coming back is a broken answer. */
  private static final int MAX_PAGES = 10_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private AcrCatalogFetcher() {}

  /** Every repository name, across Link-header pages. */
  public static List<String> repositories(RegistryClient registry) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode page : pages(registry, "/acr/v1/_catalog?n=1000", "registry:catalog:*")) {
      page.path("repositories").forEach(r -> out.add(r.asText()));
    }
    return out;
  }

  /** The newest manifests of one repository, newest first (only the first page: the newest is what is read). */
  public static List<JsonNode> newestManifests(RegistryClient registry, String repository) throws IOException {
    JsonNode page = JSON.readTree(registry.page("/acr/v1/" + repository + "/_manifests?orderby=timedesc&n=20",
        RegistryClient.pull(repository)).body());
    List<JsonNode> out = new ArrayList<>();
    page.path("manifests").forEach(out::add);
    return out;
  }

  /** The digest a tag points at now; the tag must be a valid tag name (it goes into the path). */
  public static String tagDigest(RegistryClient registry, String repository, String tag) throws IOException {
    if (!tag.matches("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}")) {
      throw new IOException("not a tag name: " + tag);
    }
    JsonNode answer = JSON.readTree(registry.page("/acr/v1/" + repository + "/_tags/" + tag,
        RegistryClient.pull(repository)).body());
    String digest = answer.path("tag").path("digest").asText("");
    if (digest.isEmpty()) {
      throw new IOException("tag " + repository + ":" + tag + " names no digest");
    }
    return digest;
  }

  /**
   * One manifest's attributes, in the shape of an entry of the {@code _manifests} listing; the
   * digest must be a sha256 digest (it goes into the path).
   */
  public static JsonNode manifest(RegistryClient registry, String repository, String digest) throws IOException {
    if (!digest.matches("sha256:[a-f0-9]{64}")) {
      throw new IOException("not a sha256 digest: " + digest);
    }
    JsonNode answer = JSON.readTree(registry.page("/acr/v1/" + repository + "/_manifests/" + digest,
        RegistryClient.pull(repository)).body());
    JsonNode manifest = answer.path("manifest");
    if (!manifest.isObject() || !digest.equals(manifest.path("digest").asText())) {
      throw new IOException("manifest attributes of " + repository + "@" + digest + " name another digest");
    }
    return manifest;
  }

  private static List<JsonNode> pages(RegistryClient registry, String first, String scope) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String next = first;
    while (next != null) {
      if (!seen.add(next) || seen.size() > MAX_PAGES) {
        throw new IOException("paging of " + first + " does not end");
      }
      RegistryClient.Page page = registry.page(next, scope);
      out.add(JSON.readTree(page.body()));
      next = page.next();
    }
    return out;
  }
}
