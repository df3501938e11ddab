package org.minewatch.domain.model;

import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Renders a {@link Sentence} with {@link MessageFormat} from the bundle that holds its key: the one place the
 * words of what MineWatch writes live, in every language. There are two bundles, each beside the code whose
 * sentences it holds: what reading and checking a release says ({@code org/minewatch/domain/release/reading.properties},
 * in this module) and what the rules found ({@code org/minewatch/rules/findings.properties}, in the rules module,
 * absent where only the domain is on the class path); English in the base file, Spanish in {@code _es}. Their keys
 * do not overlap (the rules' tests check it).
 *
 * <p>Templates mark how each argument reads: {@code {0,number}} a figure, {@code {0,number,percent}} a
 * share (0.693 reads 69.3%, or 69,3 % in Spanish), {@code {0,number,integer}} a count, {@code {0,date,long}}
 * a date, {@code {0}} a text or a nested sentence. A figure shows only the decimals it needs, two, or three
 * under ten (7,530 · 0.35 · 2.88), where MessageFormat's default would round every figure to three.
 */
public final class SentenceBundle {

    /** The bundles of sentences, by base name: the release reader's, then the rules'. */
    public static final List<String> BASE_NAMES = List.of("org.minewatch.domain.release.reading", "org.minewatch.rules.findings");

    // without this, a missing translation falls back to the server's default locale, not to English
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private SentenceBundle() {
    }

    /** One bundle of sentences in a locale (English where the locale has no translation). */
    public static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, SentenceBundle.class.getClassLoader(), NO_DEFAULT_LOCALE);
    }

    /** The template of a key, from the first bundle that has it. */
    private static String template(String key, Locale locale) {
        for (String baseName : BASE_NAMES) {
            try {
                ResourceBundle bundle = bundle(baseName, locale);
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException absent) {
                // a bundle of a module not on the class path
            }
        }
        throw new MissingResourceException("No sentence " + key + " in " + BASE_NAMES, SentenceBundle.class.getName(), key);
    }

    static String render(Sentence sentence, Locale locale) {
        // MessageFormat is not thread-safe and cheap enough to build per sentence; the bundle is cached
        MessageFormat format = new MessageFormat(template(sentence.key(), locale), locale);
        NumberFormat general = NumberFormat.getInstance(locale);
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        Format[] formats = format.getFormats();
        for (int i = 0; i < formats.length; i++) {
            if (general.equals(formats[i])) {
                format.setFormat(i, new Figure((DecimalFormat) general));
            } else if (percent.equals(formats[i])) {
                format.setFormat(i, new Figure((DecimalFormat) percent));
            } else if (formats[i] instanceof NumberFormat other) {
                format.setFormat(i, new Figure(other));
            }
        }
        Object[] arguments = sentence.arguments().stream().map(a -> argument(a, locale)).toArray();
        return format.format(arguments);
    }

    private static Object argument(Object argument, Locale locale) {
        if (argument instanceof Sentence nested) {
            return render(nested, locale);
        }
        if (argument instanceof List<?> sentences) {
            return sentences.stream().map(s -> render((Sentence) s, locale)).collect(Collectors.joining("; "));
        }
        if (argument instanceof LocalDate date) {
            // formatted back in the same zone, so the day is the day
            return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
        return argument;
    }

    /**
     * A number in the locale's way: a figure with the decimals it needs (the locale's grouping and
     * separators), or as the template's pattern says; a missing figure as a dash.
     */
    private static final class Figure extends Format {

        private static final long serialVersionUID = 1L;

        private final NumberFormat large;
        private final NumberFormat small;

        Figure(DecimalFormat figures) {
            this.large = (NumberFormat) figures.clone();
            this.large.setMaximumFractionDigits(2);
            this.small = (NumberFormat) figures.clone();
            this.small.setMaximumFractionDigits(3);
        }

        /** As the template's pattern or style says (integer, 0.00): the same decimals for every value. */
        Figure(NumberFormat pattern) {
            this.large = pattern;
            this.small = pattern;
        }

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
            if (!(value instanceof Number number)) {
                return to.append(value == null ? "-" : value.toString());
            }
            double shown = number.doubleValue() * (large instanceof DecimalFormat d ? d.getMultiplier() : 1);
            return (Math.abs(shown) < 10 ? small : large).format(number.doubleValue(), to, position);
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("alert sentences are written, never read back");
        }
    }
}
