/** The contract shared by every content scanner: input, findings, severities and limits. */
package dev.aispm.scanners.core;
