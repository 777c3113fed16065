package dev.aispm.posture.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.testing.InProcessNeo4j;
import dev.aispm.rules.findings.FindingStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

/**
 * The in-memory queue answers exactly what the graph query answers, page by page under every
 * filter, and it notices changes: its own process's at once, another instance's after the
 * recheck interval and not before.
 */
class FindingQueueIT {
  private static final GraphConnection GRAPH = InProcessNeo4j.connection();
  private static final String[] SEVERITIES = {"critical", "high", "medium", "low", "info"};
  private static final String[] STATUSES = {"OPEN", "REOPENED", "RESOLVED", "SUPPRESSED"};
  private static final String[] PROVIDERS = {"aws", "azure", "gcp"};

  private final FindingStore store = new FindingStore(GRAPH.driver(), GRAPH.database());

  @BeforeEach
  void seed() {
    InProcessNeo4j.reset();
    try (Session s = GRAPH.session()) {
      for (int a = 0; a < 9; a++) {
        s.run("CREATE (:Asset {id: $id, provider: $p})", Map.of("id", "asset-" + a, "p", PROVIDERS[a % 3])).consume();
      }
      // Scores repeat so that ties are broken by id, as the cursor relies on.
      s.run("""
          UNWIND range(0, 299) AS i
          CREATE (f:Finding {id: 'f' + right('0000' + toString((i * 7919) % 1000), 4), ruleId: 'rule_' + (i % 4),
                  title: 't', severity: $sev[i % 5], category: ['network', 'data', 'identity'][i % 3],
                  status: $status[i % 4], result: 'FAIL', reason: 'r', score: i % 37, path: '[]', scoreFactors: '[]',
                  resourceId: 'asset-' + (i % 9), resourceIds: ['asset-' + (i % 9), 'asset-' + ((i + 1) % 9)],
                  controls: CASE WHEN i % 2 = 0 THEN ['nist-csf-2.0:PR.AA-05'] ELSE ['mitre-atlas:AML.T0024'] END})
          WITH f, i
          MATCH (a:Asset) WHERE a.id IN f.resourceIds
          CREATE (f)-[:AFFECTS]->(a)
          """, Map.of("sev", List.of(SEVERITIES), "status", List.of(STATUSES))).consume();
    }
    store.markChanged();
  }

  @Test
  void pagesMatchTheGraphQueryUnderEveryFilter() {
    FindingQueries queries = new FindingQueries(GRAPH);
    queries.ensureIndexes();
    FindingQueue queue = new FindingQueue(GRAPH);
    Random random = new Random(7);
    List<FindingFilter> filters = new ArrayList<>(List.of(FindingFilter.ALL));
    for (int i = 0; i < 40; i++) {
      filters.add(new FindingFilter(pick(random, SEVERITIES), pick(random, STATUSES),
          random.nextInt(3) == 0 ? "rule_" + random.nextInt(5) : null,
          pick(random, new String[] {"network", "data", "identity", "misuse"}),
          random.nextInt(4) == 0 ? "asset-" + random.nextInt(10) : null,
          random.nextInt(5) == 0 ? "nist-csf-2.0:PR.AA-05" : null,
          random.nextInt(5) == 0 ? "mitre-atlas" : null, pick(random, PROVIDERS), null));
    }
    for (FindingFilter filter : filters) {
      int limit = 1 + random.nextInt(40);
      List<String> fromQueue = walk(filter, limit, (f, n) -> queue.page(f, n));
      List<String> fromGraph = walk(filter, limit, (f, n) -> queries.page(f, n));
      assertThat(fromQueue).as("filter %s, pages of %d", filter, limit).isEqualTo(fromGraph);
    }
    assertThat(walk(FindingFilter.ALL, 50, (f, n) -> queue.page(f, n))).hasSize(300);
  }

  @Test
  void overviewCountsMatchTheGraphQueries() {
    FindingQueries queries = new FindingQueries(GRAPH);
    FindingQueue queue = new FindingQueue(GRAPH);
    assertThat(queue.openBySeverity()).containsExactlyEntriesOf(queries.openBySeverity());
    assertThat(queue.openByCategory()).containsExactlyEntriesOf(queries.openByCategory());
    assertThat(queue.topOpen(10)).isEqualTo(queries.topOpen(10));
    assertThat(queue.openBySeverity().values().stream().mapToLong(Long::longValue).sum())
        .as("OPEN and REOPENED of 300, statuses cycling over four").isEqualTo(150);
  }

  @Test
  void aChangeInThisProcessShowsOnTheNextRead() {
    FindingQueue queue = new FindingQueue(GRAPH);
    FindingView top = queue.page(FindingFilter.ALL, 1).items().get(0);
    assertThat(store.suppress(top.id(), "accepted", null, "tester", Instant.now())).isTrue();

    FindingView again = queue.page(FindingFilter.ALL, 1).items().get(0);
    assertThat(again.id()).isEqualTo(top.id());
    assertThat(again.status()).isEqualTo("SUPPRESSED");
  }

  @Test
  void anotherInstancesChangeShowsAfterTheRecheckInterval() {
    AtomicLong now = new AtomicLong();
    FindingQueue queue = new FindingQueue(GRAPH, now::get, 1_000);
    assertThat(queue.size()).isEqualTo(300);
    try (Session s = GRAPH.session()) {
      // What another instance's store does: change the findings and bump the graph's revision.
      s.run("MATCH (f:Finding) WITH f LIMIT 10 DETACH DELETE f").consume();
      s.run("MATCH (v:FindingsRevision) SET v.revision = v.revision + 1").consume();
    }
    now.addAndGet(999);
    assertThat(queue.size()).as("before the interval the snapshot stands").isEqualTo(300);
    now.addAndGet(1);
    assertThat(queue.size()).isEqualTo(290);
  }

  @Test
  void anUnchangedRevisionKeepsTheSnapshot() {
    AtomicLong now = new AtomicLong();
    FindingQueue queue = new FindingQueue(GRAPH, now::get, 1_000);
    assertThat(queue.size()).isEqualTo(300);
    try (Session s = GRAPH.session()) {
      // A write that bypasses the revision is not seen: the revision is the contract.
      s.run("MATCH (f:Finding) WITH f LIMIT 10 DETACH DELETE f").consume();
    }
    now.addAndGet(5_000);
    assertThat(queue.size()).isEqualTo(300);
  }

  private interface Pager {
    Slice<FindingView> page(FindingFilter f, int limit);
  }

  /** Every id of the filtered queue, read page by page through cursors. */
  private static List<String> walk(FindingFilter filter, int limit, Pager pager) {
    List<String> ids = new ArrayList<>();
    FindingFilter f = filter;
    for (int guard = 0; guard < 1000; guard++) {
      Slice<FindingView> page = pager.page(f, limit);
      page.items().forEach(v -> ids.add(v.score() + ":" + v.id()));
      if (!page.hasMore()) {
        return ids;
      }
      FindingView last = page.last();
      f = new FindingFilter(filter.severity(), filter.status(), filter.rule(), filter.category(), filter.resource(),
          filter.control(), filter.framework(), filter.provider(), new FindingFilter.Position(last.score(), last.id()));
    }
    throw new AssertionError("paging did not end");
  }

  private static String pick(Random random, String[] values) {
    return random.nextBoolean() ? null : values[random.nextInt(values.length)];
  }
}
