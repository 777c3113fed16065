package dev.aispm.simulator.aws;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * The script-mode source package of the simulated fraud-detector training job, as the SageMaker
 * Python SDK uploads it ({@code <bucket>/<job>/source/sourcedir.tar.gz}, named by the job's
 * {@code sagemaker_submit_directory} hyperparameter): shadow AI in training code, a script that
 * calls OpenAI and pins a Transformers release with known advisories (fixed in 4.38.0).
 */
final class TrainingCode {
  static final String BUCKET = "acme-models";
  static final String KEY = "fraud-detector-training/source/sourcedir.tar.gz";

  private TrainingCode() {}

  static void plant(SimulatedObjects objects) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("train.py", """
        import argparse
        import openai
        from transformers import AutoTokenizer

        def label_notes(notes):
            client = openai.OpenAI()
            return [client.chat.completions.create(model='gpt-4o-mini',
                messages=[{'role': 'user', 'content': n}]).choices[0].message.content for n in notes]

        if __name__ == '__main__':
            parser = argparse.ArgumentParser()
            parser.add_argument('--max_depth', type=int, default=6)
            tokenizer = AutoTokenizer.from_pretrained('distilbert-base-uncased')
        """);
    files.put("requirements.txt", "transformers==4.36.2\nopenai==1.30.1\npandas==2.2.2\n");
    objects.put(BUCKET, KEY, tarGz(files));
  }

  private static byte[] tarGz(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GzipCompressorOutputStream gz = new GzipCompressorOutputStream(bytes);
         TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
      for (var f : files.entrySet()) {
        byte[] content = f.getValue().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(f.getKey());
        entry.setSize(content.length);
        entry.setModTime(1_698_915_600_000L);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
      }
      tar.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
