package dev.aispm.bench.api;

import dev.aispm.api.config.AispmApplication;
import dev.aispm.api.testing.SyntheticPosture;
import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.connect.GraphSettings;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.posture.query.FindingQueue;
import dev.aispm.rules.catalog.RuleCatalog;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load benchmark of {@code GET /api/v1/findings}: starts the whole service (security included) on
 * an embedded Neo4j in a temporary folder, writes {@code --findings} synthetic findings, and runs
 * {@code --clients} concurrent clients on loopback for {@code --seconds} after a warm-up. Each
 * client pages through the queue with cursors (50 per page, up to 10 pages, then from the top)
 * and every fourth request filters by severity. Prints p50/p90/p99 latency and throughput, then
 * times the dashboard overview's calls on the idle service. The clients speak HTTP/1.1 over
 * kept-alive sockets with the bearer token on every request: by default all on one event-loop
 * thread ({@link EventLoopClients}), as {@code wrk} runs its connections; with
 * {@code --client-mode threads}, one blocking thread each ({@link KeepAliveHttpClient}), the mode
 * of the earlier figures.
 * Rate limiting is switched off for the run: it measures the API, not the limiter.
 *
 * <pre>
 * bench/run findings-load --findings 100000 --clients 50 --seconds 30
 * </pre>
 */
public final class FindingsLoadBenchmark {
  private FindingsLoadBenchmark() {}

  public static void main(String[] args) {
    run(args, System.out);
    System.exit(0);
  }

  public static void run(String[] args, PrintStream out) {
    Map<String, String> opt = options(args);
    int findings = Integer.parseInt(opt.getOrDefault("findings", "100000"));
    int clients = Integer.parseInt(opt.getOrDefault("clients", "50"));
    int seconds = Math.min(600, Integer.parseInt(opt.getOrDefault("seconds", "30")));
    int warmup = Math.min(120, Integer.parseInt(opt.getOrDefault("warmup", "10")));
    String clientMode = opt.getOrDefault("client-mode", "event");
    if (!clientMode.equals("event") && !clientMode.equals("threads")) {
      throw new IllegalArgumentException("--client-mode is event or threads, not " + clientMode);
    }
    boolean eventLoop = clientMode.equals("event");
    Path dir;
    try {
      dir = Files.createTempDirectory("aispm-bench");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    String admin = dev.aispm.api.security.TokenHash.newToken();
    long t0 = System.nanoTime();
    try (GraphConnection graph = GraphConnection.open(new GraphSettings(null, "neo4j", "", null, dir, 0, 1000),
        SchemaCatalog.standard())) {
      SyntheticPosture.write(graph, 1000, findings);
      out.printf("wrote %d findings in %.1f s%n", findings, (System.nanoTime() - t0) / 1e9);
      Map<String, Object> props = new HashMap<>();
      props.put("server.port", "0");
      props.put("server.address", "127.0.0.1");
      props.put("aispm.admin-token", admin);
      props.put("aispm.security.rate-limit.requests-per-minute", "0");
      props.put("logging.level.root", "WARN");
      try (ConfigurableApplicationContext web = new SpringApplicationBuilder(AispmApplication.class)
          .initializers(ctx -> {
            ctx.getBeanFactory().registerSingleton("graphConnection", graph);
            ctx.getBeanFactory().registerSingleton("ruleCatalog", RuleCatalog.builtIn());
          // As command-line arguments: default properties would lose to application.properties.
          }).run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new))) {
        int port = Integer.parseInt(web.getEnvironment().getProperty("local.server.port"));
        String base = "http://127.0.0.1:" + port + "/api/v1/findings";
        // The service reads the risk queue into memory in the background once it is up; wait for
        // it, so that neither the warm-up nor the measured run times that one-off read.
        web.getBean(FindingQueue.class).size();
        load(base, admin, clients, warmup, eventLoop, null);
        long cpu0 = processCpuNanos();
        long gc0 = gcMillis();
        Result r = load(base, admin, clients, seconds, eventLoop, out);
        double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
        long gc = gcMillis() - gc0;
        out.printf("GET /api/v1/findings over %d findings, %d clients (%s), %d s: %d requests, %d errors, "
                + "%.0f req/s, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
            findings, clients, eventLoop ? "one event loop" : "a thread each", seconds, r.count, r.errors, r.count / (double) seconds, r.p(50), r.p(90), r.p(99),
            r.p(100));
        // On a shared machine the latencies stretch with whatever else runs; the CPU each request
        // cost this process (service and clients) and the collectors' time do not, or much less.
        out.printf("process CPU %.1f s, %.3f ms per request (service and clients); garbage collection %d ms "
            + "in %d s%n", cpuSeconds, cpuSeconds * 1000 / Math.max(1, r.count), gc, seconds);
        overview("http://127.0.0.1:" + port, admin, out);
      }
    } finally {
      deleteQuietly(dir);
    }
  }

  record Result(long count, long errors, long[] sortedNanos) {
    double p(double pct) {
      if (sortedNanos.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.min(sortedNanos.length - 1, Math.ceil(pct / 100 * sortedNanos.length) - 1);
      return sortedNanos[Math.max(0, i)] / 1e6;
    }
  }

  private static Result load(String base, String token, int clients, int seconds, boolean eventLoop, PrintStream log) {
    return eventLoop ? loadOnEventLoop(base, token, clients, seconds, log) : loadOnThreads(base, token, clients, seconds, log);
  }

  /**
   * One client's walk through the queue: pages of 50 by cursor, up to 10 pages, then from the top;
   * every fourth walk starts filtered by severity. Shared by both client modes.
   */
  static final class Walk {
    private final String path;
    private long i;
    private String cursor;
    private int page;

    Walk(String path, int id) {
      this.path = path;
      this.i = id;
    }

    String next() {
      StringBuilder q = new StringBuilder(path).append("?limit=50");
      if (i++ % 4 == 0 && cursor == null) {
        q.append("&severity=critical");
      }
      if (cursor != null) {
        q.append("&cursor=").append(cursor);
      }
      return q.toString();
    }

    void answered(byte[] body, int length) {
      String next = nextCursor(body, length);
      cursor = next != null && ++page < 10 ? next : null;
      if (cursor == null) {
        page = 0;
      }
    }

    void failed() {
      cursor = null;
    }
  }

  private static Result loadOnEventLoop(String base, String token, int clients, int seconds, PrintStream log) {
    URI uri = URI.create(base);
    long[][] lat = new long[1][1 << 16];
    int[] n = {0};
    long[] errors = {0};
    EventLoopClients.Conversation[] conversations = new EventLoopClients.Conversation[clients];
    for (int c = 0; c < clients; c++) {
      Walk walk = new Walk(uri.getPath(), c);
      conversations[c] = new EventLoopClients.Conversation() {
        @Override
        public String next() {
          return walk.next();
        }

        @Override
        public void answered(int status, byte[] body, int length, long nanos) {
          if (status != 200) {
            if (++errors[0] == 1) {
              System.err.println("first error: " + status + " " + new String(body, 0, length, StandardCharsets.UTF_8));
            }
            walk.failed();
            return;
          }
          if (n[0] == lat[0].length) {
            lat[0] = Arrays.copyOf(lat[0], n[0] * 2);
          }
          lat[0][n[0]++] = nanos;
          walk.answered(body, length);
        }

        @Override
        public void failed(Exception e) {
          if (++errors[0] == 1) {
            System.err.println("first error: " + e);
          }
          walk.failed();
        }
      };
    }
    try {
      new EventLoopClients(uri.getHost(), uri.getPort(), "Bearer " + token)
          .run(conversations, System.nanoTime() + seconds * 1_000_000_000L);
    } catch (IOException e) {
      throw new IllegalStateException("event-loop clients: " + e, e);
    }
    long[] all = Arrays.copyOf(lat[0], n[0]);
    Arrays.sort(all);
    if (log != null) {
      log.printf("measured %d requests from %d clients on one event-loop thread%n", all.length, clients);
    }
    return new Result(all.length, errors[0], all);
  }

  private static Result loadOnThreads(String base, String token, int clients, int seconds, PrintStream log) {
    URI uri = URI.create(base);
    String authorization = "Bearer " + token;
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<long[]> perClient = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    AtomicLong count = new AtomicLong();
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      int id = c;
      Thread t = new Thread(() -> {
        long[] lat = new long[1 << 16];
        int n = 0;
        Walk walk = new Walk(uri.getPath(), id);
        // Each client keeps its own connection alive, as a SOC tool polling the API would.
        try (KeepAliveHttpClient http = new KeepAliveHttpClient(uri.getHost(), uri.getPort(), 30_000)) {
          while (System.nanoTime() < end) {
            String q = walk.next();
            long s = System.nanoTime();
            try {
              KeepAliveHttpClient.Response res = http.get(q, authorization);
              long took = System.nanoTime() - s;
              if (res.status() != 200) {
                if (errors.incrementAndGet() == 1) {
                  System.err.println("first error: " + res.status() + " " + res.text());
                }
                walk.failed();
                continue;
              }
              if (n == lat.length) {
                lat = Arrays.copyOf(lat, n * 2);
              }
              lat[n++] = took;
              walk.answered(res.body(), res.length());
            } catch (IOException | RuntimeException e) {
              if (errors.incrementAndGet() == 1) {
                System.err.println("first error: " + e);
              }
              walk.failed();
            }
          }
        } finally {
          long[] mine = Arrays.copyOf(lat, n);
          synchronized (perClient) {
            perClient.add(mine);
          }
          count.addAndGet(n);
          done.countDown();
        }
      }, "bench-client-" + c);
      t.start();
    }
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    if (log != null) {
      log.printf("measured %d requests from %d clients, a thread each%n", all.length, clients);
    }
    return new Result(count.get(), errors.get(), all);
  }

  /**
   * Times the dashboard overview's two calls ({@code /api/v1/summary} and its trend), one after
   * the other as an upper bound of the page's wait (the page sends them at once), on the idle
   * service after the load.
   */
  private static void overview(String origin, String token, PrintStream out) {
    URI uri = URI.create(origin);
    String authorization = "Bearer " + token;
    int rounds = 20;
    long[] nanos = new long[rounds];
    try (KeepAliveHttpClient http = new KeepAliveHttpClient(uri.getHost(), uri.getPort(), 30_000)) {
      for (int i = -5; i < rounds; i++) {
        long s = System.nanoTime();
        for (String path : new String[] {"/api/v1/summary", "/api/v1/summary/trend?scans=30"}) {
          KeepAliveHttpClient.Response res = http.get(path, authorization);
          if (res.status() != 200) {
            throw new IllegalStateException(path + " answered " + res.status() + ": " + res.text());
          }
        }
        if (i >= 0) {
          nanos[i] = System.nanoTime() - s;
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("overview: " + e, e);
    }
    Arrays.sort(nanos);
    out.printf("dashboard overview (summary + trend, one after the other), %d rounds after 5 warm-up: "
        + "median %.1f ms, max %.1f ms%n", rounds, nanos[rounds / 2] / 1e6, nanos[rounds - 1] / 1e6);
  }

  private static final byte[] NEXT_CURSOR = "\"nextCursor\":\"".getBytes(StandardCharsets.US_ASCII);

  /**
   * The page's {@code nextCursor}, found from the end of the body: the page writes it after the
   * items, so this reads a few bytes instead of decoding and matching the whole page.
   */
  static String nextCursor(byte[] body, int length) {
    outer:
    for (int at = length - NEXT_CURSOR.length; at >= 0; at--) {
      for (int k = 0; k < NEXT_CURSOR.length; k++) {
        if (body[at + k] != NEXT_CURSOR[k]) {
          continue outer;
        }
      }
      int from = at + NEXT_CURSOR.length;
      int to = from;
      while (to < length && body[to] != '"') {
        to++;
      }
      return new String(body, from, to - from, StandardCharsets.US_ASCII);
    }
    return null;
  }

  /** CPU time of this process, every thread included (service, database and clients). */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /** Time the collectors report having spent, pauses and (for concurrent ones) cycles. */
  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      m.put(args[i].substring(2), args[i + 1]);
    }
    return m;
  }

  private static void deleteQuietly(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }
}
