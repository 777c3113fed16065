package dev.aispm.collectors.content;

import dev.aispm.scanners.archive.CountingInputStream;
import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.files.ContentScanEngine;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The part of a content stage that is the same for every cloud: list the objects under a prefix
 * within what is left of the bucket's budget, read each one within the per-object budget through
 * the content scanners, and stop at the first object that no longer fits. What is left unread is
 * counted, so the verdict rolls the prefix up to "not fully scanned" (sensitivity unknown) rather
 * than clean. Each cloud supplies only an {@link ObjectStore}. Objects whose name says they are
 * code or a dependency manifest are read in the same pass for AI packages and AI use too
 * ({@link CodeObjects}), so every cloud's data prefixes say what the code beside the data uses.
 */
public final class PrefixScan {
  private final ContentScanEngine engine;
  private final ContentBudget budget;
  private final CodePackageScan code;

  /** A scan that reads data only: code objects get the data scanners like any other object. */
  public PrefixScan(ContentScanEngine engine, ContentBudget budget) {
    this(engine, budget, null);
  }

  /**
   * A scan that also reads the code and dependency manifests among the objects ({@link CodeObjects})
   * for AI packages, AI use and advisories, in the same pass and within the same per-object bound.
   *
   * @param code the catalogue and advisories code is read against; null reads data only
   */
  public PrefixScan(ContentScanEngine engine, ContentBudget budget, CodePackageScan code) {
    this.engine = engine;
    this.budget = budget;
    this.code = code;
  }

  /** Which call failed: the listing or the read of one object, so a stage names the permission it needed. */
  public enum Phase { LIST, READ }

  /** A store call that failed during a prefix scan; the cause is the SDK's own exception. */
  public static final class StoreFailure extends Exception {
    private final Phase phase;
    private final String uri;

    StoreFailure(Phase phase, String uri, Exception cause) {
      super(phase + " " + uri + ": " + cause.getMessage(), cause);
      this.phase = phase;
      this.uri = uri;
    }

    public Phase phase() {
      return phase;
    }

    /** The prefix (listing) or object (read) that failed. */
    public String uri() {
      return uri;
    }
  }

  /**
   * The objects read under one prefix or model folder.
   *
   * @param skipped         objects known to exist that the budget left unread (at least this many)
   * @param sha256          the hash of the one file read, when hashing was asked, exactly one object
   *                        exists and it was read to its end; else null
   * @param listing         what the store's listing said about each object seen, read or not, with
   *                        the SHA-256 of those read in full when hashing was asked: what the
   *                        provenance ledger records for a data prefix
   * @param listingComplete whether the listing reached the prefix's end (nothing left unread)
   * @param code            what the code objects among them say; null when code was not read
   */
  public record Result(List<ScannedObject> objects, int skipped, String sha256, List<ObjectListing> listing,
      boolean listingComplete, CodeObjects.Report code) {
    public Result {
      objects = List.copyOf(objects);
      listing = List.copyOf(listing);
    }

    /** The same result with what the code among its objects says. */
    public Result withCode(CodeObjects.Report report) {
      return new Result(objects, skipped, sha256, listing, listingComplete, report);
    }

    /** A result without a listing, e.g. a model that is one file, read without listing. */
    public Result(List<ScannedObject> objects, int skipped, String sha256) {
      this(objects, skipped, sha256, List.of(), skipped == 0, null);
    }

    public ContentVerdict verdict() {
      return ContentVerdict.of(objects, skipped);
    }

    /** Whether nothing at all was found under the prefix: no verdict rather than "clean". */
    public boolean empty() {
      return objects.isEmpty() && skipped == 0;
    }
  }

  /** Reads one listed object; a stage with its own way of reading (by ranges) passes its own. */
  @FunctionalInterface
  public interface ObjectReader {
    ScannedObject read(ListedObject object) throws IOException;
  }

  /** Reads one listed object and puts its SHA-256 into {@code sha256[0]} when it hashes it. */
  private interface HashingReader {
    ScannedObject read(ListedObject object, String[] sha256) throws IOException;
  }

  /**
   * Lists and reads everything under {@code prefix} that the bucket's budget allows, streaming
   * each object through the scanners.
   *
   * @param hash whether to hash what is read: a model that is one file is named by its SHA-256,
   *             and the listing of training data names each object read in full by its content
   */
  public Result scan(ObjectStore store, String bucket, String prefix, BucketSpend spend, boolean hash)
      throws StoreFailure {
    return scan(store, bucket, prefix, spend, hash, false);
  }

  /**
   * Scans a model artifact (one file, or a folder) as {@link #scan(ObjectStore, String, String,
   * BucketSpend, boolean)} does a prefix, except that every object is also read for code: a model
   * archive's members ({@code code/requirements.txt} in a {@code model.tar.gz}) and a model
   * folder's scripts are the code its serving container installs and runs, whatever the
   * archive's own name.
   */
  public Result scanModel(ObjectStore store, String bucket, String prefix, BucketSpend spend, boolean hash)
      throws StoreFailure {
    return scan(store, bucket, prefix, spend, hash, true);
  }

  private Result scan(ObjectStore store, String bucket, String prefix, BucketSpend spend, boolean hash,
      boolean allCode) throws StoreFailure {
    CodeObjects found = code == null ? null : new CodeObjects(code, engine);
    Result r = scan(store, bucket, prefix, spend,
        (o, sha) -> read(store, bucket, o, spend, hash ? sha : null, found, allCode));
    String single = r.objects().size() == 1 && r.skipped() == 0 && !r.listing().isEmpty()
        ? r.listing().get(0).sha256() : null;
    return new Result(r.objects(), r.skipped(), single, r.listing(), r.listingComplete(),
        found == null ? null : found.report(r.skipped() == 0));
  }

  /**
   * A collector of code for a stage that reads objects its own way (a model artifact by ranges):
   * it scans with {@link CodeObjects#engine()} and hands each object to {@link CodeObjects#read};
   * null when this scan reads data only.
   */
  public CodeObjects codeObjects() {
    return code == null ? null : new CodeObjects(code, engine);
  }

  /** Lists everything under {@code prefix} the bucket's budget allows and reads each object with {@code reader}. */
  public Result scan(ObjectStore store, String bucket, String prefix, BucketSpend spend, ObjectReader reader)
      throws StoreFailure {
    return scan(store, bucket, prefix, spend, (o, sha) -> reader.read(o));
  }

  private Result scan(ObjectStore store, String bucket, String prefix, BucketSpend spend, HashingReader reader)
      throws StoreFailure {
    List<ScannedObject> objects = new ArrayList<>();
    List<ObjectListing> listing = new ArrayList<>();
    int skipped = 0;
    Iterator<ListedObject> listed;
    // One object more than those still allowed: a prefix that outgrows the budget is seen to do
    // so without listing the rest of it.
    int max = spend.objectsLeft() + 1;
    try {
      listed = store.list(bucket, prefix, max);
    } catch (IOException | RuntimeException e) {
      throw new StoreFailure(Phase.LIST, store.uri(bucket, prefix), e);
    }
    while (true) {
      ListedObject o;
      try {
        if (!listed.hasNext()) {
          break;
        }
        o = listed.next();
      } catch (RuntimeException e) {
        throw new StoreFailure(Phase.LIST, store.uri(bucket, prefix), e);
      }
      long size = o.size() == null ? budget.maxBytesPerObject() : Math.min(o.size(), budget.maxBytesPerObject());
      if (!spend.allows(size)) {
        // Stop listing here: the object just listed is the first one left unread.
        listing.add(listing(store, bucket, o, null));
        skipped++;
        break;
      }
      String[] sha256 = new String[1];
      try {
        objects.add(reader.read(o, sha256));
      } catch (IOException | RuntimeException e) {
        throw new StoreFailure(Phase.READ, store.uri(bucket, o.key()), e);
      }
      listing.add(listing(store, bucket, o, sha256[0]));
    }
    return new Result(objects, skipped, null, listing, skipped == 0, null);
  }

  /** What the listing said about one object: its MD5 stands in for the ETag where the store gives one. */
  private static ObjectListing listing(ObjectStore store, String bucket, ListedObject o, String sha256) {
    return new ObjectListing(store.uri(bucket, o.key()), bucket, o.key(), o.size() == null ? -1 : o.size(),
        o.md5() != null ? o.md5() : o.etag(), o.versionId(), o.lastModified(), sha256);
  }

  /**
   * Reads and scans one object within the per-object budget and charges the bucket's spend with
   * the bytes the scanners consumed.
   *
   * @param sha256 where to put the object's SHA-256 (null: do not hash); it stays null when the
   *               object was cut at the budget
   */
  public ScannedObject read(ObjectStore store, String bucket, ListedObject object, BucketSpend spend, String[] sha256)
      throws IOException {
    return read(store, bucket, object, spend, sha256, null, false);
  }

  /**
   * Reads one object as {@link #read(ObjectStore, String, ListedObject, BucketSpend, String[])} does;
   * one whose name says it is code, or any with {@code allCode}, is also read for AI packages and
   * AI use into {@code code}.
   */
  private ScannedObject read(ObjectStore store, String bucket, ListedObject object, BucketSpend spend, String[] sha256,
      CodeObjects code, boolean allCode) throws IOException {
    boolean isCode = code != null && (allCode || CodeObjects.isCode(object.key()));
    ContentScanEngine scanners = isCode ? code.engine() : engine;
    String uri = store.uri(bucket, object.key());
    OpenedObject opened = store.open(bucket, object, budget.maxBytesPerObject());
    List<ContentFinding> findings;
    long read;
    try (InputStream in = opened.stream()) {
      DigestingInput hashed = sha256 == null ? null : new DigestingInput(in, budget.maxBytesPerObject());
      CountingInputStream counted = new CountingInputStream(hashed == null ? in : hashed);
      try {
        findings = scanners.scan(counted, uri);
        if (hashed != null) {
          sha256[0] = hashed.finish();
        }
      } finally {
        read = hashed == null ? counted.count() : hashed.count();
        spend.charge(read);
      }
    }
    long total = opened.size() >= 0 ? opened.size() : object.size() == null ? -1 : object.size();
    // Larger than the budget by its size, or, when the size is unknown, read up to the bound.
    boolean truncated = total > budget.maxBytesPerObject() || total < 0 && read >= budget.maxBytesPerObject();
    ScannedObject scanned = new ScannedObject(uri, bucket, object.key(),
        opened.versionId() != null ? opened.versionId() : object.versionId(),
        opened.etag() != null ? opened.etag() : object.etag(), total, read, truncated, findings);
    if (isCode) {
      code.read(scanned);
    }
    return scanned;
  }
}
