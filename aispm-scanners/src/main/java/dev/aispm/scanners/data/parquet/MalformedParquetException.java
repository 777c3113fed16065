package dev.aispm.scanners.data.parquet;

/**
 * The bytes break the Parquet format or one of the reader's bounds. It exists so that every
 * structural problem, whatever part of the reader meets it, ends as one
 * {@code data.malformed-parquet} finding instead of an exception escaping the scan.
 */
public class MalformedParquetException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedParquetException(String message) {
    super(message, null, false, false);
  }
}
