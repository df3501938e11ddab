package org.minewatch.rules;

/** How urgent a finding is. */
public enum Severity {
    /** Worth knowing, nothing to do: guidance beaten, a ramp-up's progress. */
    INFO,
    /** Something is off and should be looked at this quarter. */
    WARNING,
    /** Something is badly off, or the figures cannot be right. */
    CRITICAL
}
