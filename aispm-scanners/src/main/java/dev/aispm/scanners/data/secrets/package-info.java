/**
 * The credential catalogue and the single-pass detector that runs it. Every format names the
 * literal anchors it cannot exist without, so one Aho-Corasick pass over the text finds the few
 * places worth a regular expression, and formats with a checksum verify it before reporting.
 */
package dev.aispm.scanners.data.secrets;
