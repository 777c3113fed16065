/**
 * Per-object bookkeeping shared by every data format: maps hits to line and column, turns a
 * secret into a fingerprint and preview before anything else sees it, pairs AWS key ids with
 * their secrets, and tallies personal data per object.
 */
package dev.aispm.scanners.data.inspect;
