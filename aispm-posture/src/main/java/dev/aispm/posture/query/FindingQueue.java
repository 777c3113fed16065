package dev.aispm.posture.query;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.rules.findings.FindingStatus;
import dev.aispm.rules.findings.FindingStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


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
 * The order and the filters are those of {@link FindingQueries#page}; the dashboard overview's
 * open counts and top risks come from the same snapshot.
 *
 * <p>A queue made with a renderer also keeps each finding's rendering (the API's JSON of it),
 * made the first time a page shows the finding and dropped with the snapshot. Polling clients
 * ask for the same pages over and over, and writing fifty findings' JSON anew for each of them
 * was the largest single cost of a page once the graph was out of the way. It holds at most one
 * rendering per finding of the snapshot (about half a kilobyte each).
 */
public final class FindingQueue {
  private static final Comparator<FindingView> ORDER =
      Comparator.comparingInt(FindingView::score).reversed().thenComparing(FindingView::id);

  private static final Logger LOG = LoggerFactory.getLogger(FindingQueue.class);

  private final GraphConnection graph;
  private final FindingStore store;
  private final LongSupplier clock;
  private final long recheckNanos;
  private final Function<FindingView, byte[]> renderer;
  private final ReentrantLock rebuild = new ReentrantLock();
  private volatile Snapshot snapshot;
  private volatile long nextRecheck;

  /** A queue that notices other instances' changes within a second. */
  public FindingQueue(GraphConnection graph) {
    this(graph, null);
  }

  /**
   * A queue that also keeps each finding's rendering for {@link #renderedPage}. The renderer must
   * be a pure function of the finding (the same finding always renders to the same bytes).
   */
  public FindingQueue(GraphConnection graph, Function<FindingView, byte[]> renderer) {
    this(graph, renderer, System::nanoTime, 1_000_000_000L);
  }

  FindingQueue(GraphConnection graph, LongSupplier clock, long recheckNanos) {
    this(graph, null, clock, recheckNanos);
  }

  FindingQueue(GraphConnection graph, Function<FindingView, byte[]> renderer, LongSupplier clock,
      long recheckNanos) {
    this.graph = graph;
    this.renderer = renderer;
    this.store = new FindingStore(graph.driver(), graph.database());
    this.clock = clock;
    this.recheckNanos = recheckNanos;
  }

  /** One finding of the snapshot with what the provider filter needs beside it, and its rendering once made. */
  private static final class Entry {
    private final FindingView view;
    private final Set<String> providers;
    // Written at most a few times with equal bytes (two readers may render at once), read without
    // a lock: a reader sees either no rendering yet or a complete one.
    private volatile byte[] rendering;

    Entry(FindingView view, Set<String> providers) {
      this.view = view;
      this.providers = providers;
    }

    FindingView view() {
      return view;
    }

    Set<String> providers() {
      return providers;
    }

    byte[] rendering(Function<FindingView, byte[]> renderer) {
      byte[] r = rendering;
      if (r == null) {
        r = renderer.apply(view);
        rendering = r;
      }
      return r;
    }
  }

  /**
   * A finding of a page and its rendering. The bytes are shared with the snapshot: callers write
   * them out and never change them.
   */
  public record Rendered(FindingView view, byte[] bytes) {}

  /** The queue and the open counts of one state of the findings, all computed when it is read. */
  private record Snapshot(long localChanges, long revision, Entry[] entries, Map<String, Long> openBySeverity,
      Map<String, Long> openByCategory, List<FindingView> topOpen) {

    static Snapshot of(long localChanges, long revision, Entry[] entries) {
      Map<String, Long> bySeverity = new LinkedHashMap<>();
      FindingQueries.SEVERITIES.forEach(sev -> bySeverity.put(sev, 0L));
      Map<String, Long> byCategory = new HashMap<>();
      List<FindingView> top = new ArrayList<>();
      Set<String> active = Set.copyOf(FindingStatus.active());
      for (Entry e : entries) {
        FindingView v = e.view();
        if (!active.contains(v.status())) {
          continue;
        }
        bySeverity.merge(String.valueOf(v.severity()), 1L, Long::sum);
        byCategory.merge(v.category() == null ? "uncategorised" : v.category(), 1L, Long::sum);
        if (top.size() < TOP) {
          top.add(v);
        }
      }
      Map<String, Long> categories = new LinkedHashMap<>();
      byCategory.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .forEach(c -> categories.put(c.getKey(), c.getValue()));
      return new Snapshot(localChanges, revision, entries, Collections.unmodifiableMap(bySeverity),
          Collections.unmodifiableMap(categories), List.copyOf(top));
    }
  }

  /** How many of the highest open findings a snapshot keeps ready for the overview. */
  private static final int TOP = 50;

  /** A page of the queue, highest score first; the same answer as {@link FindingQueries#page}. */
  public Slice<FindingView> page(FindingFilter f, int limit) {
    return slice(f, limit, Entry::view);
  }

  /**
   * The same page as {@link #page}, each finding with its rendering, made at most once per
   * finding and snapshot.
   *
   * @throws IllegalStateException when the queue was made without a renderer
   */
  public Slice<Rendered> renderedPage(FindingFilter f, int limit) {
    if (renderer == null) {
      throw new IllegalStateException("this risk queue was made without a renderer");
    }
    return slice(f, limit, e -> new Rendered(e.view(), e.rendering(renderer)));
  }

  private <T> Slice<T> slice(FindingFilter f, int limit, Function<Entry, T> item) {
    Entry[] entries = current().entries();
    List<T> out = new ArrayList<>(Math.min(limit + 1, 256));
    for (int i = start(entries, f.after()); i < entries.length && out.size() <= limit; i++) {
      if (matches(entries[i], f)) {
        out.add(item.apply(entries[i]));
      }
    }
    return Slice.of(out, limit);
  }

  /** Open finding counts by severity, worst first, every severity present; as {@link FindingQueries#openBySeverity}. */
  public Map<String, Long> openBySeverity() {
    return current().openBySeverity();
  }

  /** Open finding counts by category, largest first; as {@link FindingQueries#openByCategory}. */
  public Map<String, Long> openByCategory() {
    return current().openByCategory();
  }

  /** The open findings with the highest scores, at most 50; as {@link FindingQueries#topOpen}. */
  public List<FindingView> topOpen(int n) {
    List<FindingView> top = current().topOpen();
    if (n > TOP) {
      throw new IllegalArgumentException("at most " + TOP + " top findings are kept, asked for " + n);
    }
    return top.subList(0, Math.min(n, top.size()));
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
      long t0 = System.nanoTime();
      snapshot = Snapshot.of(localBefore, revisionBefore, load());
      LOG.info("risk queue read: {} findings in {} ms", snapshot.entries().length, (System.nanoTime() - t0) / 1_000_000);
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
