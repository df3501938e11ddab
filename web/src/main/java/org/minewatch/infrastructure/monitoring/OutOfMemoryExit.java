package org.minewatch.infrastructure.monitoring;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A node whose heap is full stops at once, exit status {@value #STATUS} (as the JVM's own
 * -XX:+ExitOnOutOfMemoryError), so that its supervisor or the cluster puts a healthy one in its place. A JVM with a
 * full heap goes on in full collections, answers nothing in time (readiness included) and no longer stops on SIGTERM:
 * that is what twenty large previews at once did to a node before issue 14. The README's commands run the JVM with
 * -XX:+ExitOnOutOfMemoryError, which stops it wherever the heap runs out; this covers what reaches our own code on a
 * JVM started without it (java -jar minewatch.jar alone), where the API's error mapper would otherwise answer a 500
 * and carry on.
 */
public final class OutOfMemoryExit {

    public static final int STATUS = 3;
    private static final Logger LOG = Logger.getLogger(OutOfMemoryExit.class.getName());

    private OutOfMemoryExit() {
    }

    /** Stops the node if the failure is, or was caused by, an OutOfMemoryError; otherwise returns. */
    public static void ifCausedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                stop();
            }
        }
    }

    private static void stop() {
        try {
            // one line is tried first: there may be no memory left to write it
            LOG.log(Level.SEVERE, LogEvent.of("node.out-of-memory").with("message", "The heap is full: this node stops now").with("status", STATUS).toString());
        } catch (Throwable ignored) {
            // nothing left to log with: stop all the same
        }
        Runtime.getRuntime().halt(STATUS);
    }

    /** "true" when the JVM was started to exit (or crash) when its heap runs out; "unknown" where the JVM does not say. */
    public static String jvmExitsByItself() {
        try {
            var hotSpot = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return Boolean.toString(Boolean.parseBoolean(hotSpot.getVMOption("ExitOnOutOfMemoryError").getValue())
                    || Boolean.parseBoolean(hotSpot.getVMOption("CrashOnOutOfMemoryError").getValue()));
        } catch (RuntimeException | LinkageError e) {
            return "unknown";
        }
    }
}
