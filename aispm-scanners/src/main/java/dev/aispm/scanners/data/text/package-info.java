/** Plain text (logs, source, .env files, Markdown): scanned line by line with bounded line length. */
package dev.aispm.scanners.data.text;
