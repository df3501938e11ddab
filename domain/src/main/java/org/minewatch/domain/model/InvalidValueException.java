package org.minewatch.domain.model;

/**
 * A value as someone wrote it that the domain cannot take (a period code, a metal, a unit, a figure, a line of a
 * CSV), with what is wrong said as a {@link Sentence}, so that a page says it in its reader's language; the
 * message is the English sentence, for the API and logs.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Sentence sentence;

    public InvalidValueException(Sentence sentence) {
        super(sentence.toString());
        this.sentence = sentence;
    }

    public InvalidValueException(Sentence sentence, Throwable cause) {
        super(sentence.toString(), cause);
        this.sentence = sentence;
    }

    public Sentence sentence() {
        return sentence;
    }
}
