package org.minewatch.rules;

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
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Renders a {@link Sentence} from the findings bundle with {@link MessageFormat}: the one place the words of
 * an alert live, in every language (English in {@code findings.properties}, Spanish in
 * {@code findings_es.properties}).
 *
 * <p>Templates mark how each argument reads: {@code {0,number}} a figure, {@code {0,number,percent}} a
 * share (0.693 reads 69.3%, or 69,3 % in Spanish), {@code {0,number,integer}} a count, {@code {0,date,long}}
 * a date, {@code {0}} a text or a nested sentence. A figure shows only the decimals it needs, two, or three
 * under ten (7,530 · 0.35 · 2.88), where MessageFormat's default would round every figure to three.
 */
final class SentenceBundle {

    static final String BASE_NAME = "org.minewatch.rules.findings";

    // without this, a missing translation falls back to the server's default locale, not to English
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private SentenceBundle() {
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BASE_NAME, locale, SentenceBundle.class.getClassLoader(), NO_DEFAULT_LOCALE);
    }

    static String render(Sentence sentence, Locale locale) {
        // MessageFormat is not thread-safe and cheap enough to build per sentence; the bundle is cached
        MessageFormat format = new MessageFormat(bundle(locale).getString(sentence.key()), locale);
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
