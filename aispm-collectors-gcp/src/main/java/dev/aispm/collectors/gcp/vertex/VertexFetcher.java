package dev.aispm.collectors.gcp.vertex;

import com.google.cloud.location.ListLocationsResponse;
import com.google.cloud.location.Location;
import com.google.protobuf.Message;
import dev.aispm.collectors.gcp.GcpRest;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Vertex AI REST calls. The Vertex AI Java client here is gRPC-only, so its REST API is called
 * directly on the regional host and each answer parsed into the official v1 proto class.
 */
public final class VertexFetcher {
  private VertexFetcher() {}

  /** Locations Vertex AI offers the project (aiplatform.locations.list). */
  public static List<String> locations(GcpRest rest, String base, String projectId) {
    return rest.<ListLocationsResponse, Location>listAll(base + "/v1/projects/" + projectId + "/locations",
        ListLocationsResponse::newBuilder, ListLocationsResponse::getLocationsList,
        ListLocationsResponse::getNextPageToken).stream().map(Location::getLocationId).toList();
  }

  /**
   * Every item of one collection of a location, e.g. {@code endpoints}, following page tokens.
   *
   * @param <R> the List...Response proto
   * @param <T> the resource proto
   */
  public static <R extends Message, T> List<T> list(GcpRest rest, String base, String projectId, String location,
      String collection, Supplier<Message.Builder> page, Function<R, List<T>> items, Function<R, String> next) {
    String url = base + "/v1/projects/" + projectId + "/locations/" + location + "/" + collection + "?pageSize=100";
    return rest.listAll(url, page, items, next);
  }
}
