package dev.aispm.posture.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.schema.RecordSchema;
import dev.aispm.graph.schema.common.RecordSchemas;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.neo4j.driver.Session;
import org.neo4j.driver.types.Node;

/**
 * Routes made through the API, as {@code (:AlertRoute)} records of the graph that every instance
 * shares. The channels are stored twice: their public part (type, recipients) in clear, and their
 * secrets (webhook URLs, signing keys) only as one AES-GCM ciphertext bound to the route id.
 */
public final class RouteStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final GraphConnection graph;
  private final java.util.function.Supplier<SecretBox> box;
  private final Clock clock;

  /** The clear part of a stored channel. */
  record PublicChannel(String type, List<String> recipients) {}

  /** The secret part of a stored channel. */
  record ChannelSecret(String url, String signingKey) {}

  /**
   * @param box the key's box, asked for only when a secret is sealed or opened, so an installation
   *            that never stores a route never creates a key file
   */
  public RouteStore(GraphConnection graph, java.util.function.Supplier<SecretBox> box, Clock clock) {
    this.graph = graph;
    this.box = box;
    this.clock = clock;
    try (Session s = graph.session()) {
      s.run("CREATE CONSTRAINT alert_route_id IF NOT EXISTS FOR (r:AlertRoute) REQUIRE r.id IS UNIQUE").consume();
    }
  }

  /** Stores a new route under a fresh id and returns it. */
  public AlertRoute create(String name, boolean enabled, RouteFilter filter, List<Channel> channels, int rateLimit,
      String createdBy) {
    String id = "rte-" + UUID.randomUUID();
    AlertRoute route = new AlertRoute(id, name.strip(), enabled, filter, channels, rateLimit, "api");
    write(route, createdBy, true);
    return route;
  }

  /** Replaces a stored route's settings; false when it does not exist. */
  public boolean replace(AlertRoute route, String by) {
    if (find(route.id()).isEmpty()) {
      return false;
    }
    write(route, by, false);
    return true;
  }

  private void write(AlertRoute route, String by, boolean create) {
    List<PublicChannel> pub = new ArrayList<>();
    List<ChannelSecret> sec = new ArrayList<>();
    for (Channel c : route.channels()) {
      pub.add(new PublicChannel(c.type().id(), c.recipients()));
      sec.add(new ChannelSecret(c.url(), c.signingKey()));
    }
    var now = clock.instant().atZone(ZoneOffset.UTC);
    RecordSchema.Row row = RecordSchemas.ALERT_ROUTE.row().set("id", route.id()).set("name", route.name())
        .set("enabled", route.enabled()).set("filter", json(route.filter())).set("channels", json(pub))
        .set("secrets", box.get().encrypt(json(sec), route.id())).set("rateLimit", route.rateLimit())
        .set("updatedAt", now);
    if (create) {
      row.set("createdAt", now).set("createdBy", by);
    }
    try (Session s = graph.session()) {
      s.executeWriteWithoutResult(tx -> tx.run("MERGE (r:AlertRoute {id: $id}) SET r += $row",
          Map.of("id", route.id(), "row", row.toMap())).consume());
    }
  }

  public Optional<AlertRoute> find(String id) {
    try (Session s = graph.session()) {
      return s.executeRead(tx -> tx.run("MATCH (r:AlertRoute {id: $id}) RETURN r", Map.of("id", id))
          .list(r -> route(r.get("r").asNode()))).stream().findFirst();
    }
  }

  /** Every stored route, ordered by id. */
  public List<AlertRoute> all() {
    try (Session s = graph.session()) {
      return s.executeRead(tx -> tx.run("MATCH (r:AlertRoute) RETURN r ORDER BY r.id")
          .list(r -> route(r.get("r").asNode())));
    }
  }

  public boolean delete(String id) {
    try (Session s = graph.session()) {
      return s.executeWrite(tx -> tx.run("MATCH (r:AlertRoute {id: $id}) DELETE r RETURN count(*) AS n",
          Map.of("id", id)).single().get("n").asInt()) > 0;
    }
  }

  private AlertRoute route(Node n) {
    String id = n.get("id").asString();
    try {
      List<PublicChannel> pub = JSON.readValue(n.get("channels").asString("[]"), new TypeReference<>() {});
      List<ChannelSecret> sec = JSON.readValue(box.get().decrypt(n.get("secrets").asString(), id), new TypeReference<>() {});
      List<Channel> channels = new ArrayList<>();
      for (int i = 0; i < pub.size(); i++) {
        ChannelSecret s = i < sec.size() ? sec.get(i) : new ChannelSecret(null, null);
        channels.add(new Channel(ChannelType.parse(pub.get(i).type()), s.url(), s.signingKey(), pub.get(i).recipients()));
      }
      RouteFilter filter = JSON.readValue(n.get("filter").asString("{}"), RouteFilter.class);
      return new AlertRoute(id, n.get("name").asString(), n.get("enabled").asBoolean(true), filter, channels,
          n.get("rateLimit").asInt(0), "api");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("alert route " + id + " is not readable: " + e.getOriginalMessage());
    }
  }

  private static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
