/** Problem details (RFC 9457) shared by the controllers' error handler and the security filters. */
package dev.aispm.api.problem;
