package dev.aispm.simulator.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulated Google Cloud organization, declared in {@code simulator/gcp/organization.json}:
 * its id, its projects with their numbers, and the projects that deny the scanner everything
 * (the broken project a real organization always has).
 */
public record GcpOrganization(String organization, Map<String, String> projectNumbers, Set<String> denied) {

  static GcpOrganization load(String resource) {
    try (InputStream in = GcpOrganization.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, String> numbers = new LinkedHashMap<>();
      root.path("projects").fields().forEachRemaining(e -> numbers.put(e.getKey(), e.getValue().asText()));
      List<String> denied = new java.util.ArrayList<>();
      root.path("denied").forEach(d -> denied.add(d.asText()));
      return new GcpOrganization(root.path("organization").asText(), Map.copyOf(numbers), Set.copyOf(denied));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a project id or number is one that denies every call. */
  public boolean deniesProject(String idOrNumber) {
    if (idOrNumber == null) {
      return false;
    }
    return denied.contains(idOrNumber) || denied.stream().anyMatch(d -> idOrNumber.equals(projectNumbers.get(d)));
  }
}
