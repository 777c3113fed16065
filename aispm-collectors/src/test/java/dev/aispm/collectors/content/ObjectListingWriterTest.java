package dev.aispm.collectors.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectListingWriterTest {
  private static final Instant NOW = Instant.parse("2026-02-01T00:00:00Z");
  private static final Instant WRITTEN = Instant.parse("2023-10-30T00:00:00Z");

  private static ObjectListing object(String etag, String version) {
    return new ObjectListing("s3://b/k", "b", "k", 10, etag, version, WRITTEN, null);
  }

  @Test
  void aFirstListingHasNoPreviousVersion() {
    Map<String, Object> row = ObjectListingWriter.rows(List.of(object("e1", null)), Map.of(), "s1", NOW).get(0);
    assertThat(row).containsEntry("uri", "s3://b/k").containsEntry("etag", "e1").containsEntry("size", 10L)
        .containsEntry("scanId", "s1");
    assertThat(row.get("previousEtag")).isNull();
    assertThat(row.get("lastModified")).hasToString("2023-10-30T00:00Z");
  }

  @Test
  void aChangedEtagKeepsTheOldOneWithWhenTheChangeWasSeen() {
    var before = Map.of("s3://b/k", new ObjectListingWriter.Before("e1", "v1", null, null, null));
    Map<String, Object> row = ObjectListingWriter.rows(List.of(object("e2", "v2")), before, "s2", NOW).get(0);
    assertThat(row).containsEntry("etag", "e2").containsEntry("previousEtag", "e1")
        .containsEntry("previousVersionId", "v1");
    assertThat(row.get("changeSeenAt")).hasToString("2026-02-01T00:00Z");
  }

  @Test
  void anUnchangedObjectCarriesTheLastObservedChangeForward() {
    Object seen = "2026-01-15T00:00Z";
    var before = Map.of("s3://b/k", new ObjectListingWriter.Before("e2", null, "e1", null, seen));
    Map<String, Object> row = ObjectListingWriter.rows(List.of(object("e2", null)), before, "s3", NOW).get(0);
    assertThat(row).containsEntry("previousEtag", "e1").containsEntry("changeSeenAt", seen);
  }

  @Test
  void aListingWithoutAnEtagSaysNothingAboutAChange() {
    var before = Map.of("s3://b/k", new ObjectListingWriter.Before("e1", null, null, null, null));
    Map<String, Object> row = ObjectListingWriter.rows(List.of(object(null, null)), before, "s2", NOW).get(0);
    assertThat(row.get("previousEtag")).isNull();
  }
}
