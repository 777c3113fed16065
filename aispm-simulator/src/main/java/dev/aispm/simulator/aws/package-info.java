/**
 * The simulated AWS organization: request parsing, routing and answers in the real wire protocols (query, JSON, REST-XML), from recorded files.
 */
package dev.aispm.simulator.aws;
