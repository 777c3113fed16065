/**
 * What a publisher is asked to send: one finding that opened or reopened, a digest of findings a
 * route had no budget left for, or a test message. Value objects only, so a template and a test
 * see the same data.
 */
package dev.aispm.posture.notification.subject;
