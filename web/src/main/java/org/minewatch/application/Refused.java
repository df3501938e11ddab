package org.minewatch.application;

/**
 * A change refused because of what was asked: the key of a page text that says it in the user's language with
 * the arguments ({@code admin.refused.<reason>}, {@code import.refused.<reason>}), and the same in English as the
 * message, for the API and logs. An {@link IllegalArgumentException}, so that the REST API answers it with a 400,
 * or a 409 when what was asked is sound but collides with what is stored.
 */
public class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final boolean conflict;
    private final transient Object[] arguments;

    /** A change of the administration refused: said with {@code admin.refused.<reason>}. */
    public Refused(String reason, String message, Object... arguments) {
        this("admin.refused." + reason, false, message, arguments);
    }

    protected Refused(String key, boolean conflict, String message, Object[] arguments) {
        super(message);
        this.key = key;
        this.conflict = conflict;
        this.arguments = arguments.clone();
    }

    /** The page text's key; its last part names the reason. */
    public String key() {
        return key;
    }

    public String reason() {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    /** Texts, numbers, and sentences of the domain (said in the page's language too). */
    public Object[] arguments() {
        return arguments.clone();
    }

    /** True when what was asked is sound but collides with stored data (409), false when it is not sound (400). */
    public boolean isConflict() {
        return conflict;
    }
}
