/** Benchmarks of the service: the findings list under concurrent load, over synthetic posture data. */
package dev.aispm.api.bench;
