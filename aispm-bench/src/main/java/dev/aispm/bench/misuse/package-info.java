/**
 * The misuse detection benchmark: generated CloudTrail log files through parse, detect and graph.
 */
package dev.aispm.bench.misuse;
