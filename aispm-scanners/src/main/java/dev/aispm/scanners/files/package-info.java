/**
 * The scan-files engine: it walks files, folders or pluggable sources (a cloud collector adds
 * {@code s3://}), identifies each input by its bytes, unwraps containers recursively, and offers
 * every leaf to each registered content scanner. {@link dev.aispm.scanners.files.ScanFilesCommand}
 * is the command-line face of it, {@link dev.aispm.scanners.files.ContentScanEngine} the one a
 * collector calls with a stream.
 */
package dev.aispm.scanners.files;
