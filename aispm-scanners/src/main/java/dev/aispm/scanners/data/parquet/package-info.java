/**
 * A small Parquet reader for string columns, written here so that scanning a training set does not
 * pull in Hadoop: Thrift compact footer, PLAIN and dictionary pages, uncompressed, gzip or snappy.
 */
package dev.aispm.scanners.data.parquet;
