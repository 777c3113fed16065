package dev.aispm.posture.query;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.rules.findings.FindingStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.neo4j.driver.Session;

/**
 * The risk queue held in memory, so that paging through it costs a binary search and a filter
 * instead of a graph query per page. Findings change only when a scan's rule pass stores them
 * or a person suppresses one, while SOC tooling polls the queue all day: reading it from the
 * graph on every request spent most of each request in the database.
 *
 * <p>The snapshot is rebuilt when the findings change: at once for a change made in this process
 * ({@link FindingStore#localChanges()}, compared on every read), and within
 * {@code recheckNanos} for a change made by another instance on the same graph (the graph's
 * findings revision, read at most once per interval). Readers that find it stale wait for one
 * rebuild and then read the new snapshot, so a caller sees its own suppression on its next read.
 * The order and the filters are those of {@link FindingQueries#page}.
 */
public final class FindingQueue {
  private static final Comparator<FindingView> ORDER =
      Comparator.comparingInt(FindingView::score).reversed().thenComparing(FindingView::id);

  private final GraphConnection graph;
  private final FindingStore store;
  private final LongSupplier clock;
  private final long recheckNanos;
  private final ReentrantLock rebuild = new ReentrantLock();
  private volatile Snapshot snapshot;
  private volatile long nextRecheck;

  /** A queue that notices other instances' changes within a second. */
  public FindingQueue(GraphConnection graph) {
    this(graph, System::nanoTime, 1_000_000_000L);
  }

  FindingQueue(GraphConnection graph, LongSupplier clock, long recheckNanos) {
    this.graph = graph;
    this.store = new FindingStore(graph.driver(), graph.database());
    this.clock = clock;
    this.recheckNanos = recheckNanos;
  }

  /** One finding of the snapshot with what the provider filter needs beside it. */
  private record Entry(FindingView view, Set<String> providers) {}

  private record Snapshot(long localChanges, long revision, Entry[] entries) {}

  /** A page of the queue, highest score first; the same answer as {@link FindingQueries#page}. */
  public Slice<FindingView> page(FindingFilter f, int limit) {
    Entry[] entries = current().entries();
    List<FindingView> out = new ArrayList<>(Math.min(limit + 1, 256));
    for (int i = start(entries, f.after()); i < entries.length && out.size() <= limit; i++) {
      if (matches(entries[i], f)) {
        out.add(entries[i].view());
      }
    }
    return Slice.of(out, limit);
  }

  /** Number of findings in the snapshot the next page would be read from. */
  public int size() {
    return current().entries().length;
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    long local = FindingStore.localChanges();
    if (s != null && s.localChanges() == local && !recheckDue()) {
      return s;
    }
    rebuild.lock();
    try {
      s = snapshot;
      if (s != null && s.localChanges() == FindingStore.localChanges()) {
        long revision = store.revision();
        if (revision == s.revision()) {
          return s;
        }
      }
      // Read the counters before the findings: a change that lands while the snapshot is read
      // leaves the snapshot marked older than it, and the next read rebuilds again.
      long localBefore = FindingStore.localChanges();
      long revisionBefore = store.revision();
      snapshot = new Snapshot(localBefore, revisionBefore, load());
      nextRecheck = clock.getAsLong() + recheckNanos;
      return snapshot;
    } finally {
      rebuild.unlock();
    }
  }

  private boolean recheckDue() {
    long now = clock.getAsLong();
    long due = nextRecheck;
    if (now - due < 0) {
      return false;
    }
    // One reader per interval asks the graph; the others keep the snapshot meanwhile.
    synchronized (this) {
      if (nextRecheck != due) {
        return false;
      }
      nextRecheck = now + recheckNanos;
    }
    return true;
  }

  private Entry[] load() {
    try (Session s = graph.session()) {
      Entry[] entries = s.executeRead(tx -> tx.run("""
          MATCH (f:Finding)
          RETURN f, COLLECT { MATCH (f)-[:AFFECTS]->(a:Asset) WHERE a.provider IS NOT NULL
                              RETURN DISTINCT a.provider } AS providers
          """).list(r -> new Entry(FindingQueries.finding(r.get("f").asNode()),
          Set.copyOf(r.get("providers").asList(v -> v.asString()))))).toArray(Entry[]::new);
      Arrays.sort(entries, (a, b) -> ORDER.compare(a.view(), b.view()));
      return entries;
    }
  }

  /** Index of the first entry after the cursor's position: lower score, or the same score and a later id. */
  private static int start(Entry[] entries, FindingFilter.Position after) {
    if (after == null) {
      return 0;
    }
    int lo = 0;
    int hi = entries.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      FindingView v = entries[mid].view();
      boolean afterCursor = v.score() < after.score() || (v.score() == after.score() && v.id().compareTo(after.id()) > 0);
      if (afterCursor) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static boolean matches(Entry e, FindingFilter f) {
    FindingView v = e.view();
    return (f.severity() == null || f.severity().equals(v.severity()))
        && (f.status() == null || f.status().equals(v.status()))
        && (f.rule() == null || f.rule().equals(v.ruleId()))
        && (f.category() == null || f.category().equals(v.category()))
        && (f.resource() == null || v.resourceIds().contains(f.resource()))
        && (f.control() == null || v.controls().contains(f.control()))
        && (f.framework() == null || v.controls().stream().anyMatch(c -> c.startsWith(f.framework() + ":")))
        && (f.provider() == null || e.providers().contains(f.provider()));
  }
}
