/**
 * What only looks like a secret: placeholders, environment lookups, documented example keys,
 * hashes, UUIDs and inline images. Kept in one place so every detector stays silent on the same
 * decoys and the decoy list can be reviewed on its own.
 */
package dev.aispm.scanners.data.noise;
