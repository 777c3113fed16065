/** Throughput benchmarks run from the command line; never part of the unit tests. */
package dev.aispm.scanners.bench;
