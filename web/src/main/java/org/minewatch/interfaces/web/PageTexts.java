package org.minewatch.interfaces.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The pages' texts, faces-config's {@code msg} bundle, in a given language: for the pages and beans (through
 * {@link Messages}, in the page's language) and for what is written before Faces sees a request (a request
 * refused as a whole, in the language the pages would speak to it: {@link LanguageBean#of}).
 */
public final class PageTexts {

    /** faces-config.xml's {@code msg}: messages.properties beside this class. */
    static final String BUNDLE = PageTexts.class.getPackageName() + ".messages";

    private PageTexts() {
    }

    /** A text; with arguments, a pattern formatted in the language (numbers as its readers write them). */
    public static String text(Locale language, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, language).getString(key);
        // a text without arguments is not a pattern: its apostrophes are apostrophes
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }
}
