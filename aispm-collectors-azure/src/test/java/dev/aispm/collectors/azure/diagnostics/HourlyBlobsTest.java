package dev.aispm.collectors.azure.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HourlyBlobsTest {
  static final String FOLDER = "resourceId=/SUBSCRIPTIONS/00000000-0000-0000-0000-0000000000A1/RESOURCEGROUPS/RG-AI/"
      + "PROVIDERS/MICROSOFT.COGNITIVESERVICES/ACCOUNTS/ACME-OPENAI/";
  static final String H09 = FOLDER + "y=2026/m=12/d=01/h=09/m=00/PT1H.json";
  static final String H13 = FOLDER + "y=2026/m=12/d=01/h=13/m=00/PT1H.json";
  static final String H14 = FOLDER + "y=2026/m=12/d=01/h=14/m=00/PT1H.json";

  /** The recorded List Blobs answer of one day's prefix, as the reader sees it. */
  static List<HourlyBlobs.Listed> recordedDay() throws Exception {
    try (InputStream in = HourlyBlobsTest.class.getClassLoader()
        .getResourceAsStream("recorded/azure/diagnostics/ListBlobs_insights-logs-requestresponse_day.xml")) {
      NodeList blobs = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("Blob");
      List<HourlyBlobs.Listed> out = new ArrayList<>();
      for (int i = 0; i < blobs.getLength(); i++) {
        Element b = (Element) blobs.item(i);
        out.add(new HourlyBlobs.Listed(b.getElementsByTagName("Name").item(0).getTextContent(),
            Long.parseLong(b.getElementsByTagName("Content-Length").item(0).getTextContent())));
      }
      return out;
    }
  }

  @Test
  void aDaysPrefixAndTheHourOfABlobFollowTheArchiveLayout() {
    assertThat(HourlyBlobs.dayPrefix(FOLDER, LocalDate.of(2026, 3, 7))).isEqualTo(FOLDER + "y=2026/m=03/d=07/");
    assertThat(HourlyBlobs.hourOf(H13)).isEqualTo(Instant.parse("2026-12-01T13:00:00Z"));
    assertThat(HourlyBlobs.hourOf(FOLDER + "y=2026/m=12/d=01/h=13/m=00/other.json")).isNull();
    assertThat(HourlyBlobs.hourOf("notes.txt")).isNull();
  }

  @Test
  void aFirstRunListsFromTheFloorsDayAndSkipsHoursThatEndedBeforeIt() throws Exception {
    Instant now = Instant.parse("2026-12-02T08:30:00Z");
    Instant floor = Instant.parse("2026-12-01T12:00:00Z");

    assertThat(HourlyBlobs.days(null, floor, now)).containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
    assertThat(HourlyBlobs.reads(recordedDay(), null, floor)).containsExactly(
        new HourlyBlobs.Read(H13, 0, 9120), new HourlyBlobs.Read(H14, 0, 4410));
  }

  @Test
  void aLaterRunReadsOnlyTheNewTailOfItsBlobThenTheBlobsAfterItInNameOrder() throws Exception {
    List<HourlyBlobs.Listed> shuffled = new ArrayList<>(recordedDay());
    Collections.reverse(shuffled);
    BlobPosition after = new BlobPosition(H13, 5000);

    assertThat(HourlyBlobs.days(after, null, Instant.parse("2026-12-03T01:00:00Z")))
        .containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3));
    assertThat(HourlyBlobs.reads(shuffled, after, null)).containsExactly(
        new HourlyBlobs.Read(H13, 5000, 9120), new HourlyBlobs.Read(H14, 0, 4410));
    // Read to its end: nothing of that blob again; a blob that did not grow is not read.
    assertThat(HourlyBlobs.reads(recordedDay(), new BlobPosition(H14, 4410), null)).isEmpty();
  }

  @Test
  void aBlobIsClosedOnlyOnceItsHourAndTheLateDeliveryWindowArePast() {
    assertThat(HourlyBlobs.closed(H13, Instant.parse("2026-12-01T14:10:00Z"))).isFalse();
    assertThat(HourlyBlobs.closed(H13, Instant.parse("2026-12-01T14:16:00Z"))).isTrue();
    assertThat(HourlyBlobs.closed("notes.txt", Instant.parse("2030-01-01T00:00:00Z"))).isFalse();
  }

  @Test
  void positionsRoundTripAndForeignPositionsAreNone() {
    BlobPosition p = new BlobPosition(H14, 4410);
    assertThat(BlobPosition.parse(p.format())).isEqualTo(p);
    assertThat(BlobPosition.parse(null)).isNull();
    assertThat(BlobPosition.parse("AWSLogs/111111111111/CloudTrail/eu-west-1/2026/12/01/x.json.gz")).isNull();
    assertThat(BlobPosition.parse(H14 + "@-3")).isNull();
    assertThat(BlobPosition.parse(H14 + "@")).isNull();
  }
}
