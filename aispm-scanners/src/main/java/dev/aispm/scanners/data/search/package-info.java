/**
 * Finding many literal words in text in one pass: an Aho-Corasick automaton over bytes or
 * characters, the per-line record of what one pass over a block found, and an ASCII view of
 * bytes that lets detectors read raw lines without decoding them. Depends on nothing else in
 * the scanners, so secret detection, decoy rules and format readers can all share it.
 */
package dev.aispm.scanners.data.search;
