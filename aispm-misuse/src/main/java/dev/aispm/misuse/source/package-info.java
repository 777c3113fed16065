/**
 * Parsers of the clouds' activity records into {@link dev.aispm.misuse.event.ActivityEvent}s, one
 * package per cloud. Every parser is a pure function of the bytes an API or a log object gave:
 * tested on recorded answers written from the documented formats, with no SDK and no network.
 */
package dev.aispm.misuse.source;
