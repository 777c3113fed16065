/**
 * JSON documents and JSON Lines: string escapes decoded before detection, because a key written
 * as {@code \u0041KIA...} or a PEM with {@code \n} escapes is still a key.
 */
package dev.aispm.scanners.data.json;
