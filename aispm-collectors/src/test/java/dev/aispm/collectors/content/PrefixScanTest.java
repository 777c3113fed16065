package dev.aispm.collectors.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.files.ContentScanEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The budgeted prefix scan every cloud's content stage shares, over an in-memory store. */
class PrefixScanTest {
  private static final ContentScanEngine ENGINE = ContentScanEngine.withInstalledScanners(ScanLimits.defaults());

  /** A bucket in memory that counts how many objects were listed and opened. */
  static final class MemoryStore implements ObjectStore {
    final Map<String, byte[]> objects = new TreeMap<>();
    final List<String> opened = new ArrayList<>();
    int listed;
    boolean denyList;
    /** When every object was last written, as the listing says; null: the listing does not say. */
    Instant modified;
    /** The content hash the listing gives (as Cloud Storage's MD5), null: none. */
    String md5;

    @Override
    public String uri(String bucket, String key) {
      return "mem://" + bucket + "/" + key;
    }

    @Override
    public Iterator<ListedObject> list(String bucket, String prefix, int max) throws IOException {
      if (denyList) {
        throw new IOException("403 denied");
      }
      Iterator<Map.Entry<String, byte[]>> all = objects.entrySet().stream()
          .filter(e -> e.getKey().startsWith(prefix)).iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return all.hasNext();
        }

        @Override
        public ListedObject next() {
          Map.Entry<String, byte[]> e = all.next();
          listed++;
          return new ListedObject(e.getKey(), (long) e.getValue().length, null, "etag-" + e.getKey().length(),
              modified, md5);
        }
      };
    }

    @Override
    public OpenedObject open(String bucket, ListedObject object, long maxBytes) {
      opened.add(object.key());
      byte[] bytes = objects.get(object.key());
      return new OpenedObject(new BoundedInput(new ByteArrayInputStream(bytes), maxBytes), "v1", object.etag(),
          bytes.length);
    }
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsEveryObjectThatFitsAndNamesItsVersionAndEtag() throws Exception {
    MemoryStore store = new MemoryStore();
    store.objects.put("data/a.csv", text("id,value\n1,2\n"));
    store.objects.put("data/b.csv", text("id,value\n3,4\n"));
    ContentBudget budget = new ContentBudget(1024, 1 << 20, 10);

    PrefixScan.Result r = new PrefixScan(ENGINE, budget).scan(store, "b", "data/", new BucketSpend(budget), false);

    assertThat(r.objects()).extracting(ScannedObject::key).containsExactly("data/a.csv", "data/b.csv");
    assertThat(r.objects()).allSatisfy(o -> {
      assertThat(o.versionId()).isEqualTo("v1");
      assertThat(o.etag()).startsWith("etag-");
      assertThat(o.truncated()).isFalse();
    });
    assertThat(r.skipped()).isZero();
    assertThat(r.verdict().sensitivity()).isEqualTo("none");
    assertThat(r.sha256()).isNull();
  }

  @Test
  void stopsAtTheFirstObjectPastTheBucketsBudgetAndRollsUpToUnknown() throws Exception {
    MemoryStore store = new MemoryStore();
    for (int i = 0; i < 50; i++) {
      store.objects.put("logs/part-" + (100 + i) + ".txt", text("nothing to see " + i + "\n"));
    }
    ContentBudget budget = new ContentBudget(1024, 1 << 20, 3);

    PrefixScan.Result r = new PrefixScan(ENGINE, budget).scan(store, "b", "logs/", new BucketSpend(budget), false);

    assertThat(r.objects()).hasSize(3);
    assertThat(r.skipped()).isEqualTo(1);
    // Listing stopped at the object that showed the prefix goes on, not at the end of the prefix.
    assertThat(store.listed).isEqualTo(4);
    assertThat(store.opened).hasSize(3);
    assertThat(r.verdict().complete()).isFalse();
    assertThat(r.verdict().sensitivity()).isEqualTo("unknown");
  }

  @Test
  void aSharedSpendCarriesOverFromOnePrefixToTheNext() throws Exception {
    MemoryStore store = new MemoryStore();
    store.objects.put("a/1.txt", text("one\n"));
    store.objects.put("b/1.txt", text("two\n"));
    ContentBudget budget = new ContentBudget(1024, 1 << 20, 1);
    BucketSpend spend = new BucketSpend(budget);
    PrefixScan scan = new PrefixScan(ENGINE, budget);

    assertThat(scan.scan(store, "b", "a/", spend, false).objects()).hasSize(1);
    PrefixScan.Result second = scan.scan(store, "b", "b/", spend, false);

    assertThat(second.objects()).isEmpty();
    assertThat(second.skipped()).isEqualTo(1);
    assertThat(second.empty()).isFalse();
    assertThat(spend.objects()).isEqualTo(1);
  }

  @Test
  void anObjectLargerThanThePerObjectBudgetIsCutAndNotFullyScanned() throws Exception {
    MemoryStore store = new MemoryStore();
    store.objects.put("big/blob.txt", text("x".repeat(5000)));
    ContentBudget budget = new ContentBudget(1000, 1 << 20, 10);
    BucketSpend spend = new BucketSpend(budget);

    PrefixScan.Result r = new PrefixScan(ENGINE, budget).scan(store, "b", "big/", spend, true);

    ScannedObject o = r.objects().get(0);
    assertThat(o.truncated()).isTrue();
    assertThat(o.bytesRead()).isLessThanOrEqualTo(1000);
    assertThat(spend.bytes()).isLessThanOrEqualTo(1000);
    // A cut file has no hash: what was not read may be anything.
    assertThat(r.sha256()).isNull();
    assertThat(r.verdict().status()).isEqualTo("not-fully-scanned");
  }

  @Test
  void aModelThatIsOneFileReadToItsEndIsNamedByItsHash() throws Exception {
    MemoryStore store = new MemoryStore();
    store.objects.put("model/weights.bin", text("weights"));
    ContentBudget budget = new ContentBudget(1024, 1 << 20, 10);

    PrefixScan.Result r = new PrefixScan(ENGINE, budget).scan(store, "b", "model/", new BucketSpend(budget), true);

    assertThat(r.sha256()).isEqualTo(sha256("weights"));
  }

  @Test
  void aModelIsReadForTheCodePackagedWithItWhateverItsObjectsAreNamed() throws Exception {
    MemoryStore store = new MemoryStore();
    java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    entries.put("model.pkl", dev.aispm.simulator.aws.ModelArtifacts.cleanPickle());
    entries.put("code/requirements.txt", text("mlflow==2.2.0\n"));
    store.objects.put("model/model.tar.gz", dev.aispm.simulator.aws.ModelArtifacts.tarGz(entries));
    ContentBudget budget = new ContentBudget(1 << 20, 1 << 24, 10);
    PrefixScan scan = new PrefixScan(ENGINE, budget, new CodePackageScan(ENGINE,
        dev.aispm.scanners.aiusage.AiCatalogue.builtIn(), dev.aispm.scanners.advisory.AdvisoryStore.bundled(), budget));

    PrefixScan.Result model = scan.scanModel(store, "b", "model/", new BucketSpend(budget), true);
    assertThat(model.code().objects()).isEqualTo(1);
    assertThat(model.code().complete()).isTrue();
    assertThat(model.code().code().aiPackages().keySet()).extracting(p -> p.name() + "@" + p.version())
        .containsExactly("mlflow@2.2.0");
    assertThat(model.code().code().vulnerabilities()).extracting(m -> m.advisory().id()).contains("GHSA-xg73-94fp-g449");

    // The same object under a data prefix is an archive of data: its name says it is no code.
    PrefixScan.Result data = scan.scan(store, "b", "model/", new BucketSpend(budget), true);
    assertThat(data.code().objects()).isZero();
    assertThat(data.code().code().aiPackages()).isEmpty();
  }

  @Test
  void anEmptyPrefixHasNoVerdict() throws Exception {
    ContentBudget budget = new ContentBudget(1024, 1 << 20, 10);
    PrefixScan.Result r = new PrefixScan(ENGINE, budget).scan(new MemoryStore(), "b", "none/", new BucketSpend(budget), true);
    assertThat(r.empty()).isTrue();
  }

  @Test
  void aFailedListingSaysItWasTheListing() {
    MemoryStore store = new MemoryStore();
    store.denyList = true;
    ContentBudget budget = new ContentBudget(1024, 1 << 20, 10);

    assertThatThrownBy(() -> new PrefixScan(ENGINE, budget).scan(store, "b", "x/", new BucketSpend(budget), false))
        .isInstanceOfSatisfying(PrefixScan.StoreFailure.class, f -> {
          assertThat(f.phase()).isEqualTo(PrefixScan.Phase.LIST);
          assertThat(f.uri()).isEqualTo("mem://b/x/");
          assertThat(f.getCause()).hasMessageContaining("403");
        });
  }

  @Test
  void theListingNamesEveryObjectSeenWithTheHashOfThoseReadInFull() throws Exception {
    MemoryStore store = new MemoryStore();
    store.modified = Instant.parse("2024-05-01T10:00:00Z");
    store.objects.put("train/a.jsonl", text("{\"a\":1}\n"));
    store.objects.put("train/b.jsonl", text("x".repeat(5000)));
    store.objects.put("train/c.jsonl", text("{\"c\":3}\n"));
    ContentBudget budget = new ContentBudget(1000, 1 << 20, 2);

    PrefixScan.Result r = new PrefixScan(ENGINE, budget).scan(store, "b", "train/", new BucketSpend(budget), true);

    // Two objects read, the third listed but left unread by the budget: the listing is not complete.
    assertThat(r.listing()).extracting(ObjectListing::key)
        .containsExactly("train/a.jsonl", "train/b.jsonl", "train/c.jsonl");
    assertThat(r.listingComplete()).isFalse();
    ObjectListing a = r.listing().get(0);
    assertThat(a.uri()).isEqualTo("mem://b/train/a.jsonl");
    assertThat(a.bucket()).isEqualTo("b");
    assertThat(a.size()).isEqualTo(8);
    assertThat(a.etag()).isEqualTo("etag-13");
    assertThat(a.lastModified()).isEqualTo(store.modified);
    assertThat(a.sha256()).isEqualTo(sha256("{\"a\":1}\n"));
    // Cut at the per-object budget, and never read: neither is named by a hash.
    assertThat(r.listing().get(1).sha256()).isNull();
    assertThat(r.listing().get(2).sha256()).isNull();
    // Several objects: no single file's hash for the result.
    assertThat(r.sha256()).isNull();
  }

  @Test
  void aListingReadToItsEndIsCompleteAndPrefersTheListedContentHashToTheEtag() throws Exception {
    MemoryStore store = new MemoryStore();
    store.md5 = "1B2M2Y8AsgTpgAmY7PhCfg==";
    store.objects.put("val/part-0.csv", text("id\n1\n"));
    ContentBudget budget = new ContentBudget(1024, 1 << 20, 10);

    PrefixScan.Result withHash = new PrefixScan(ENGINE, budget).scan(store, "b", "val/", new BucketSpend(budget), true);
    PrefixScan.Result without = new PrefixScan(ENGINE, budget).scan(store, "b", "val/", new BucketSpend(budget), false);

    assertThat(withHash.listingComplete()).isTrue();
    assertThat(withHash.listing()).singleElement().satisfies(o -> {
      assertThat(o.etag()).isEqualTo("1B2M2Y8AsgTpgAmY7PhCfg==");
      assertThat(o.lastModified()).isNull();
      assertThat(o.sha256()).isEqualTo(sha256("id\n1\n"));
    });
    // Not asked to hash: listed all the same, without a content hash.
    assertThat(without.listing()).singleElement().satisfies(o -> assertThat(o.sha256()).isNull());
  }

  @Test
  void whatIsNotHashedCostsTheBucketOnlyWhatTheScannersRead() throws Exception {
    // A pickle's opcode walk ends at its STOP opcode: the padding after it is never read unless
    // hashing reads it.
    byte[] pickle = new byte[256 * 1024];
    byte[] head = {(byte) 0x80, 4, 'K', 1, '.'};
    System.arraycopy(head, 0, pickle, 0, head.length);
    MemoryStore store = new MemoryStore();
    store.objects.put("in/model.pkl", pickle);
    ContentBudget budget = new ContentBudget(1 << 20, 1 << 30, 10);
    BucketSpend hashing = new BucketSpend(budget);
    BucketSpend scanning = new BucketSpend(budget);

    PrefixScan.Result hashed = new PrefixScan(ENGINE, budget).scan(store, "b", "in/", hashing, true);
    PrefixScan.Result scanned = new PrefixScan(ENGINE, budget).scan(store, "b", "in/", scanning, false);

    assertThat(hashing.bytes()).isEqualTo(pickle.length);
    assertThat(hashed.listing().get(0).sha256()).matches("[0-9a-f]{64}");
    assertThat(scanning.bytes()).isLessThan(pickle.length);
    assertThat(scanned.listing().get(0).sha256()).isNull();
    assertThat(scanned.verdict().status()).isEqualTo(hashed.verdict().status());
  }

  @Test
  void codeAmongTheDataIsReadForAiUseInTheSamePassAndDataIsNot() throws Exception {
    MemoryStore store = new MemoryStore();
    store.objects.put("train/chat.jsonl", text("{\"text\": \"post it to https://api.anthropic.com/v1/messages\"}\n"));
    store.objects.put("train/prepare.py", text("import openai\n"));
    store.objects.put("train/requirements.txt", text("langchain==0.0.130\n"));
    ContentBudget budget = new ContentBudget(1024, 1 << 20, 10);
    CodePackageScan code = codeScan(budget);
    BucketSpend spend = new BucketSpend(budget);

    PrefixScan.Result r = new PrefixScan(ENGINE, budget, code).scan(store, "b", "train/", spend, false);

    // Each object is opened once and counts once against the bucket.
    assertThat(store.opened).containsExactly("train/chat.jsonl", "train/prepare.py", "train/requirements.txt");
    assertThat(spend.objects()).isEqualTo(3);
    assertThat(r.code().objects()).isEqualTo(2);
    assertThat(r.code().complete()).isTrue();
    assertThat(r.code().code().evidence()).extracting(e -> e.subject() + " " + e.location())
        .containsExactly("openai mem://b/train/prepare.py");
    assertThat(r.code().code().vulnerabilities()).extracting(m -> m.advisory().id()).contains("GHSA-fprp-p869-w6q2");
    // A prefix scanned without a code scan reports no code at all, not "no AI here".
    assertThat(new PrefixScan(ENGINE, budget).scan(store, "b", "train/", new BucketSpend(budget), false).code())
        .isNull();
  }

  @Test
  void codeLeftUnreadWhenTheBucketBudgetRunsOutIsNotComplete() throws Exception {
    MemoryStore store = new MemoryStore();
    store.objects.put("train/a.py", text("import json\n"));
    store.objects.put("train/b.py", text("import anthropic\n"));
    ContentBudget budget = new ContentBudget(1024, 1 << 20, 1);
    CodePackageScan code = codeScan(budget);

    PrefixScan.Result r = new PrefixScan(ENGINE, budget, code).scan(store, "b", "train/", new BucketSpend(budget), false);

    assertThat(r.code().objects()).isEqualTo(1);
    assertThat(r.code().complete()).isFalse();
    assertThat(r.code().properties()).containsEntry("codeScanComplete", false);
    assertThat(r.code().code().evidence()).isEmpty();
  }

  /** The built-in AI catalogue and the bundled advisory snapshot, as a cloud scan without imported advisories has. */
  private static CodePackageScan codeScan(ContentBudget budget) {
    return new CodePackageScan(ENGINE, dev.aispm.scanners.aiusage.AiCatalogue.builtIn(),
        dev.aispm.scanners.advisory.AdvisoryStore.bundled(), budget);
  }

  private static String sha256(String s) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
