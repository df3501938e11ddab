package org.minewatch.domain.model.period;

import org.minewatch.domain.model.InvalidValueException;
import org.minewatch.domain.model.Sentence;

/** A period code that does not follow the {@code 2011-Q3}, {@code 2011-9M}, {@code 2011-FY}, {@code 2013-06} forms. */
public class MalformedPeriodException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    public MalformedPeriodException(Sentence sentence) {
        super(sentence);
    }
}
