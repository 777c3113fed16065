/**
 * Benchmarks that print figures, kept out of the product jar; BenchMain picks one by name.
 */
package dev.aispm.bench;
