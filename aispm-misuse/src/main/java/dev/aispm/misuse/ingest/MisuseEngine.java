package dev.aispm.misuse.ingest;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.misuse.checkpoint.Checkpoint;
import dev.aispm.misuse.checkpoint.CheckpointStore;
import dev.aispm.misuse.checkpoint.CheckpointTracker;
import dev.aispm.misuse.detect.Detection;
import dev.aispm.misuse.detect.DetectionContext;
import dev.aispm.misuse.detect.Detector;
import dev.aispm.misuse.detect.Detectors;
import dev.aispm.misuse.detect.DetectorSettings;
import dev.aispm.misuse.detect.PromptDetector;
import dev.aispm.misuse.event.ActivityEvent;
import dev.aispm.misuse.event.ParseResult;
import dev.aispm.misuse.event.PromptRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Misuse detection for one scan: reads the AI context and the baselines from the graph once, then
 * serves every source a {@link SourceRun}. Sources of one engine run one after another (detectors
 * and baselines are not thread-safe), which also keeps a model's baseline consistent when two
 * regions' logs both call it.
 */
public final class MisuseEngine {
  private final GraphConnection graph;
  private final IngestSettings settings;
  private final DetectorSettings detectorSettings;
  private final Clock clock;
  private final List<Detector> detectors;
  private final PromptDetector prompts = new PromptDetector();
  private final CheckpointStore checkpoints;
  private final MisuseWriter writer;
  private DetectionContext context;
  private DetectionLog log;
  private long detections;

  public MisuseEngine(GraphConnection graph, IngestSettings settings, DetectorSettings detectorSettings, Clock clock) {
    this.graph = graph;
    this.settings = settings;
    this.detectorSettings = detectorSettings;
    this.clock = clock;
    this.detectors = Detectors.standard();
    this.checkpoints = new CheckpointStore(graph);
    this.writer = new MisuseWriter(graph);
  }

  private void loadContext() {
    if (context == null) {
      context = new DetectionContext(AiAssetsReader.read(graph), detectorSettings, BaselineStore.loadAll(graph));
      log = new DetectionLog(context.assets());
    }
  }

  /** A source read by object key (a trail's log files). */
  public SourceRun openByKey(String source, String provider, String account) {
    loadContext();
    Checkpoint start = checkpoints.load(source);
    return new SourceRun(start, provider, account,
        CheckpointTracker.byKey(start, settings.overlap(), clock.instant().minus(settings.backfill())));
  }

  /** A source queried by time (an activity API). */
  public SourceRun openByTime(String source, String provider, String account) {
    loadContext();
    Checkpoint start = checkpoints.load(source);
    return new SourceRun(start, provider, account,
        CheckpointTracker.byTime(start, settings.overlap(), clock.instant().minus(settings.backfill())));
  }

  /** Detection records written or updated by this engine so far. */
  public long detections() {
    return detections;
  }

  /** The settings sources read with. */
  public IngestSettings settings() {
    return settings;
  }

  /**
   * One source's read in this scan. Feed it parsed units in the source's order, say how far each
   * unit reached, and commit; {@link #commit()} also runs by itself every
   * {@link IngestSettings#commitEvery()} admitted events.
   */
  public final class SourceRun {
    private final Checkpoint start;
    private final String provider;
    private final String account;
    private final CheckpointTracker tracker;
    private final Consumer<Detection> sink;
    private long sinceCommit;

    private SourceRun(Checkpoint start, String provider, String account, CheckpointTracker tracker) {
      this.start = start;
      this.provider = provider;
      this.account = account;
      this.tracker = tracker;
      this.sink = log::add;
    }

    /** Where the source stood before this run. */
    public Checkpoint checkpoint() {
      return start;
    }

    /** Where a time-queried source should start reading. */
    public Instant readFrom() {
      return start.readFrom(clock.instant(), settings.backfill(), settings.overlap());
    }

    /** Admits and inspects one unit's events; {@code position} is how far the source has been read after it. */
    public void accept(ParseResult unit, String position) {
      tracker.skipped(unit.malformed());
      for (ActivityEvent e : unit.events()) {
        if (tracker.admit(e)) {
          for (Detector d : detectors) {
            d.inspect(e, context, sink);
          }
          sinceCommit++;
        }
      }
      tracker.readUpTo(position);
      maybeCommit();
    }

    /**
     * Admits the pages of one window of a time-queried source in event-time order, whatever order
     * the source answered in (the Activity Log answers newest first). A commit inside the run then
     * never moves the high-water mark past events not yet admitted, so a crash between two commits
     * skips nothing. Events go in units of at most {@link IngestSettings#commitEvery()}.
     */
    public void acceptInTimeOrder(List<ParseResult> pages, String position) {
      List<ActivityEvent> events = new java.util.ArrayList<>();
      int malformed = 0;
      for (ParseResult page : pages) {
        events.addAll(page.events());
        malformed += page.malformed();
      }
      events.sort(java.util.Comparator.comparing(ActivityEvent::time));
      int step = Math.max(1, settings.commitEvery());
      if (events.isEmpty()) {
        accept(new ParseResult(List.of(), malformed, List.of(), null), position);
        return;
      }
      for (int from = 0; from < events.size(); from += step) {
        List<ActivityEvent> unit = events.subList(from, Math.min(events.size(), from + step));
        accept(new ParseResult(unit, from == 0 ? malformed : 0, List.of(), null), position);
      }
    }

    /** Admits and inspects one unit of logged prompts. */
    public void acceptPrompts(List<PromptRecord> records, int malformed, String position) {
      tracker.skipped(malformed);
      for (PromptRecord r : records) {
        if (tracker.admit(r.asEvent())) {
          prompts.inspect(r, sink);
          sinceCommit++;
        }
      }
      tracker.readUpTo(position);
      maybeCommit();
    }

    /**
     * Admits and inspects one unit of logged invocations through both the prompt detectors and the
     * event detectors (volume, new caller): for sources that are the only record of a model's calls,
     * such as SageMaker data capture, whose invocations CloudTrail does not log by default.
     */
    public void acceptInvocations(List<PromptRecord> records, int malformed, String position) {
      tracker.skipped(malformed);
      for (PromptRecord r : records) {
        ActivityEvent e = r.asEvent();
        if (tracker.admit(e)) {
          prompts.inspect(r, sink);
          for (Detector d : detectors) {
            d.inspect(e, context, sink);
          }
          sinceCommit++;
        }
      }
      tracker.readUpTo(position);
      maybeCommit();
    }

    private void maybeCommit() {
      if (sinceCommit >= settings.commitEvery()) {
        commit();
      }
    }

    /** Writes this run's detections, the changed baselines and the checkpoint, in one transaction. */
    public void commit() {
      detections += log.size();
      writer.commit(log, context.changed(), tracker.next(), provider, account, clock.instant());
      sinceCommit = 0;
    }

    public long admitted() {
      return tracker.admitted();
    }

    public long malformed() {
      return tracker.malformed();
    }
  }
}
