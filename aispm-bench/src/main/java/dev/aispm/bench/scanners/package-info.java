/**
 * Model scanning against plain reading, and secret scanning of generated JSON Lines (driven by bench/secrets-vs-secretlint.sh).
 */
package dev.aispm.bench.scanners;
