package org.minewatch.infrastructure.monitoring;

/**
 * One operational event as a single log line of {@code key=value} pairs, {@code event=} first:
 * {@code event=import.committed id=12 user=admin figuresAdded=52}. A fixed shape so that the lines can be
 * searched and parsed whatever the server's log format (plain or JSON); values with spaces, quotes or
 * line breaks are quoted and escaped so that a user name or a file name cannot forge a second line, and every
 * value is cut at {@value #MAX_VALUE_LENGTH} characters (with its full length said), so that what a client
 * sends cannot make a line, or the log, as long as it likes.
 *
 * <p>Callers put in what an operator needs and nothing secret: never a password, an Authorization
 * header or a JDBC URL's query ({@code DatabaseSettings.describe()} leaves it out).
 */
public final class LogEvent {

    static final int MAX_VALUE_LENGTH = 200;

    private final StringBuilder line = new StringBuilder();

    private LogEvent(String event) {
        line.append("event=").append(event);
    }

    public static LogEvent of(String event) {
        return new LogEvent(event);
    }

    public LogEvent with(String key, Object value) {
        line.append(' ').append(key).append('=').append(value == null ? "-" : quoted(bounded(value.toString())));
        return this;
    }

    private static String bounded(String value) {
        if (value.length() <= MAX_VALUE_LENGTH) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_VALUE_LENGTH - 1)) ? MAX_VALUE_LENGTH - 1 : MAX_VALUE_LENGTH;
        return value.substring(0, end) + "...(" + value.length() + " characters)";
    }

    private static String quoted(String value) {
        boolean plain = !value.isEmpty() && value.chars().allMatch(c -> c > ' ' && c < 0x7f && c != '"' && c != '=' && c != '\\');
        if (plain) {
            return value;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                // other controls, Unicode line and paragraph separators, and invisible format characters (such
                // as the ones that reverse the direction of text) would make the line read as something else
                default -> quoted.append(Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR || Character.getType(c) == Character.FORMAT ? '?' : c);
            }
        }
        return quoted.append('"').toString();
    }

    @Override
    public String toString() {
        return line.toString();
    }
}
