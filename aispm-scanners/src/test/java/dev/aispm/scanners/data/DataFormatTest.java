package dev.aispm.scanners.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DataFormatTest {
  private static DataFormat sniff(String name, String head) {
    return DataFormat.sniff(name, head.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void classifiesEachLeafFormatOnce() {
    assertThat(sniff("x", "{\"a\":1}\n{\"a\":2}\n")).isEqualTo(DataFormat.JSONL);
    assertThat(sniff("x.json", "{\n  \"a\": 1\n}\n")).isEqualTo(DataFormat.JSON);
    assertThat(sniff("nb.ipynb", "{\n \"cells\": [],\n \"nbformat\": 4\n}")).isEqualTo(DataFormat.NOTEBOOK);
    assertThat(sniff("unnamed", "{\n \"cells\": [],\n \"nbformat\": 4\n}")).isEqualTo(DataFormat.NOTEBOOK);
    assertThat(sniff("a.csv", "id,name\n1,x\n")).isEqualTo(DataFormat.CSV);
    assertThat(sniff("a.tsv", "id\tname\n")).isEqualTo(DataFormat.TSV);
    assertThat(sniff("notes.md", "# Title\ntext")).isEqualTo(DataFormat.TEXT);
    assertThat(sniff("d.parquet", "PAR1\u0015\u0004")).isEqualTo(DataFormat.PARQUET);
    assertThat(DataFormat.sniff("m.bin", new byte[] {(byte) 0x80, 2, 0, 0x63})).isEqualTo(DataFormat.BINARY);
  }
}
