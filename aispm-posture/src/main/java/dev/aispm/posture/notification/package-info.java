/**
 * Alerts on findings that open or reopen: routes (a filter and channels), the router that picks
 * the routes of each finding and splits what a route may send now from what goes into a digest,
 * the dispatcher that sends with retries and records every attempt, and the encrypted store of
 * routes and their channel secrets. Free of any web framework, so the command line, the service
 * and the tests use the same code; the service only wires it.
 */
package dev.aispm.posture.notification;
