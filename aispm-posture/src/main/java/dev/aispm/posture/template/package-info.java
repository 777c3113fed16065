/**
 * The small template language of notification bodies and reports: placeholders escaped for the
 * file's kind (JSON, HTML, text), so a finding's title cannot break a Slack payload or inject
 * markup into a mail or a report.
 */
package dev.aispm.posture.template;
