package dev.aispm.scanners.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  /** Cells as "row.index@line:column=value", rows ended by "|". */
  private static List<String> read(String csv, char delimiter, int maxCell) {
    List<String> out = new ArrayList<>();
    int[] row = {0};
    try {
      new CsvReader(new StringReader(csv), delimiter, maxCell).read(new CsvReader.Handler() {
        @Override
        public void cell(int index, String value, long line, long column) {
          out.add(row[0] + "." + index + "@" + line + ":" + column + "=" + value);
        }

        @Override
        public void endRow() {
          out.add("|");
          row[0]++;
        }
      });
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  @Test
  void readsQuotedCellsEscapedQuotesAndLineBreaksInsideQuotes() {
    String csv = "id,text\r\n1,\"a, \"\"quoted\"\" word\"\n2,\"two\nlines\",x\n\n3,last";
    assertThat(read(csv, ',', 1000)).containsExactly(
        "0.0@1:1=id", "0.1@1:4=text", "|",
        "1.0@2:1=1", "1.1@2:4=a, \"quoted\" word", "|",
        "2.0@3:1=2", "2.1@3:4=two\nlines", "2.2@4:8=x", "|",
        "3.0@6:1=3", "3.1@6:3=last", "|");
  }

  @Test
  void handsOverLongCellsInPieces() {
    String csv = "k,\"" + "a".repeat(25) + "\"\n";
    List<String> cells = read(csv, ',', 10);
    assertThat(cells).containsExactly("0.0@1:1=k", "0.1@1:4=aaaaaaaaaa", "0.1@1:13=aaaaaaaaaa",
        "0.1@1:23=aaaaa", "|");
  }

  @Test
  void isLenientAboutStrayQuotesAndOtherDelimiters() {
    assertThat(read("a;b\"c;\"d\"e\n", ';', 1000))
        .containsExactly("0.0@1:1=a", "0.1@1:3=b\"c", "0.2@1:8=de", "|");
  }

  /** Long random input across the reader's buffer: every cell rejoins to the input's text. */
  @Test
  void readsRandomInputAcrossBufferBoundaries() {
    Random random = new Random(8);
    StringBuilder csv = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int r = 0; r < 3000; r++) {
      for (int k = 0; k < 4; k++) {
        StringBuilder value = new StringBuilder();
        int n = random.nextInt(60);
        for (int i = 0; i < n; i++) {
          value.append("ab,\"\n x\u00e9".charAt(random.nextInt(8)));
        }
        String v = value.toString();
        expected.add(v);
        csv.append('"').append(v.replace("\"", "\"\"")).append('"').append(k < 3 ? "," : "\r\n");
      }
    }
    List<String> values = new ArrayList<>();
    for (String cell : read(csv.toString(), ',', 1 << 20)) {
      if (!cell.equals("|")) {
        values.add(cell.substring(cell.indexOf('=') + 1));
      }
    }
    assertThat(values).isEqualTo(expected);
  }
}
