package org.minewatch.infrastructure.persistence.jpa;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink retries a read made outside a transaction when the connection fails under it. Under a database
 * outage a read so retried handed out objects with relations missing: an account without its roles, an alert
 * without its company (DatabaseOutageIT saw a 403 and a 500 where the outage deserves a 503). Without the retry
 * the read fails whole, and the caller is told that the database is unavailable and to try again.
 */
public class NoReadRetries implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
    }
}
