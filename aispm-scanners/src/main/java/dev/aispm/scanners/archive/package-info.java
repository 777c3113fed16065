/**
 * Container unwrapping for the file scanner: zip (read by walking both the local headers and the
 * central directory), tar, gzip, bzip2 and xz, all recognised by their bytes. Bombs, deep nesting
 * and malformed headers are bounded and reported instead of trusted, because loaders and
 * scanners that disagree on how to read a container are how payloads slip past scanners.
 */
package dev.aispm.scanners.archive;
