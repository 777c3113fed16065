/** CSV and TSV: quoted fields decoded, and the header name used as context for each cell. */
package dev.aispm.scanners.data.csv;
