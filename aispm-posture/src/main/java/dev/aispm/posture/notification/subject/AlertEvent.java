package dev.aispm.posture.notification.subject;

/** Why a finding alerts: it was raised for the first time, or raised again after it was resolved. */
public enum AlertEvent {
  NEW, REOPENED
}
