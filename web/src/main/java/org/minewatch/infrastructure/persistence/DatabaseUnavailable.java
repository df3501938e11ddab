package org.minewatch.infrastructure.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure because the database is away (stopped, restarting, unreachable) from any other: the first
 * is the caller's to retry in a moment (503), the second a fault of ours (500).
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            // SQLSTATE class 08: connection exception (refused, cut, server shutting down: 57P01 is admin shutdown)
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // the commit itself failed on the connection: the server wraps its local transactions as XA resources,
            // and a connection cut in the middle of a commit surfaces as an XAException without an SQLSTATE
            if (cause instanceof javax.transaction.xa.XAException) {
                return true;
            }
            // the server's pool could not hand out a connection (it wraps the driver's refusal, or has none)
            if (cause.getClass().getName().startsWith("jakarta.resource.") && cause.getClass().getSimpleName().contains("ResourceAllocation")) {
                return true;
            }
        }
        return false;
    }
}
