package dev.aispm.posture.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerChainTest {

  @Test
  void canonicalJsonSortsKeysAndEscapesOnlyWhatJsonRequires() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("z", List.of(1L, "two", true));
    body.put("a", null);
    body.put("m", Map.of("b", "line\nbreak \"quoted\" \\ é", "a", 3));
    assertThat(CanonicalJson.write(body))
        .isEqualTo("{\"a\":null,\"m\":{\"a\":3,\"b\":\"line\\nbreak \\\"quoted\\\" \\\\ é\"},\"z\":[1,\"two\",true]}");
  }

  @Test
  void canonicalJsonRefusesValuesWithoutOneTextualForm() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CanonicalJson.write(Map.of("x", 1.5)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hashIsSha256OfThePreviousHashBytesThenTheEntry() throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    md.update(new byte[32]);
    md.update("{\"seq\":1}".getBytes(StandardCharsets.UTF_8));
    assertThat(LedgerChain.hash(LedgerChain.GENESIS, "{\"seq\":1}")).isEqualTo(HexFormat.of().formatHex(md.digest()));
  }

  @Test
  void anIntactChainVerifies() {
    List<LedgerEntry> chain = chain(4);
    LedgerChain.Verification v = LedgerChain.verify(chain.iterator(), 4, chain.get(3).hash());
    assertThat(v.intact()).isTrue();
    assertThat(v.entries()).isEqualTo(4);
    assertThat(v.headHash()).isEqualTo(chain.get(3).hash());
    assertThat(LedgerChain.verify(List.<LedgerEntry>of().iterator(), 0, LedgerChain.GENESIS).intact()).isTrue();
  }

  @Test
  void aChangedEntryIsNamed() {
    List<LedgerEntry> chain = chain(4);
    LedgerEntry e = chain.get(1);
    chain.set(1, new LedgerEntry(e.seq(), e.scanId(), e.subject(), e.subjectType(),
        e.entry().replace("\"etag\":\"e2\"", "\"etag\":\"forged\""), e.prevHash(), e.hash()));
    LedgerChain.Verification v = LedgerChain.verify(chain.iterator(), 4, chain.get(3).hash());
    assertThat(v.intact()).isFalse();
    assertThat(v.broken().seq()).isEqualTo(2);
    assertThat(v.broken().subject()).isEqualTo("job-2");
    assertThat(v.problem()).contains("does not match its hash");
  }

  @Test
  void aChangedEntryWithARecomputedHashBreaksTheNextLink() {
    List<LedgerEntry> chain = chain(4);
    LedgerEntry e = chain.get(1);
    String forged = e.entry().replace("\"etag\":\"e2\"", "\"etag\":\"forged\"");
    chain.set(1, new LedgerEntry(e.seq(), e.scanId(), e.subject(), e.subjectType(), forged, e.prevHash(),
        LedgerChain.hash(e.prevHash(), forged)));
    LedgerChain.Verification v = LedgerChain.verify(chain.iterator(), 4, chain.get(3).hash());
    assertThat(v.broken().seq()).isEqualTo(2);
    assertThat(v.problem()).contains("entry 3 does not follow entry 2");
  }

  @Test
  void aRemovedEntryIsDetectedInTheMiddleAndAtTheEnd() {
    List<LedgerEntry> middle = chain(4);
    middle.remove(1);
    LedgerChain.Verification v = LedgerChain.verify(middle.iterator(), 4, chain(4).get(3).hash());
    assertThat(v.broken().seq()).isEqualTo(3);
    assertThat(v.problem()).contains("entries 2 are missing");

    List<LedgerEntry> end = chain(4);
    String head = end.get(3).hash();
    end.remove(3);
    LedgerChain.Verification tail = LedgerChain.verify(end.iterator(), 4, head);
    assertThat(tail.intact()).isFalse();
    assertThat(tail.problem()).contains("entries after it were removed");
    assertThat(tail.broken().seq()).isEqualTo(3);
  }

  @Test
  void reorderedEntriesAreDetected() {
    List<LedgerEntry> chain = chain(4);
    LedgerEntry second = chain.get(1);
    LedgerEntry third = chain.get(2);
    // Swap their positions, keeping each one's text and hashes.
    chain.set(1, new LedgerEntry(2, third.scanId(), third.subject(), third.subjectType(), third.entry(),
        third.prevHash(), third.hash()));
    chain.set(2, new LedgerEntry(3, second.scanId(), second.subject(), second.subjectType(), second.entry(),
        second.prevHash(), second.hash()));
    LedgerChain.Verification v = LedgerChain.verify(chain.iterator(), 4, chain.get(3).hash());
    assertThat(v.intact()).isFalse();
    assertThat(v.broken().seq()).isEqualTo(2);
  }

  @Test
  void aSubjectRelabelledBesideItsEntryIsDetected() {
    List<LedgerEntry> chain = chain(2);
    LedgerEntry e = chain.get(0);
    chain.set(0, new LedgerEntry(e.seq(), e.scanId(), "job-other", e.subjectType(), e.entry(), e.prevHash(), e.hash()));
    LedgerChain.Verification v = LedgerChain.verify(chain.iterator(), 2, chain.get(1).hash());
    assertThat(v.broken().seq()).isEqualTo(1);
    assertThat(v.problem()).contains("subject differs");
  }

  static List<LedgerEntry> chain(int n) {
    List<LedgerEntry> out = new ArrayList<>();
    String prev = LedgerChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("seq", (long) i);
      body.put("scanId", "scan-" + (i + 1) / 2);
      body.put("subject", "job-" + i);
      body.put("subjectType", "TrainingJob");
      body.put("inputs", List.of(Map.of("uri", "s3://b/k" + i, "etag", "e" + i)));
      String text = CanonicalJson.write(body);
      String hash = LedgerChain.hash(prev, text);
      out.add(new LedgerEntry(i, "scan-" + (i + 1) / 2, "job-" + i, "TrainingJob", text, prev, hash));
      prev = hash;
    }
    return out;
  }
}
