package org.minewatch.domain.release;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** The company a release is of, as its text names it ("Fortuna Silver Mines Inc."), with the tickers it gives ("NYSE: FSM"). */
public record ReleaseIssuer(String name, List<String> tickers, int line) {

    public ReleaseIssuer {
        tickers = List.copyOf(tickers);
    }

    /**
     * Whether a company's name, as stored, is this issuer's: the same words once case, accents, punctuation and the
     * legal form are set aside ("Fortuna Silver Mines Inc." is "Fortuna Silver Mines"), or one a shorter form of the
     * other ("Allied Nevada" and "Allied Nevada Gold Corp."). A renamed company ("Fortuna Mining Corp.") is not.
     */
    public boolean isNamed(String companyName) {
        String a = key(name);
        String b = key(companyName);
        return !a.isEmpty() && !b.isEmpty() && (a.equals(b) || a.startsWith(b + " ") || b.startsWith(a + " "));
    }

    /**
     * Whether a text calls the issuer so: by its name ({@link #isNamed}) or by its first word ("Red River" and "Red" for Red
     * River Resources), as a release does in its sentences.
     */
    boolean isCalled(String name) {
        String k = key(name);
        String own = key(this.name);
        // "Peñoles" of "Industrias Peñoles", "Buenaventura" of "Compañía de Minas Buenaventura": the name after a generic word
        String distinctive = GENERIC_LEAD.matcher(own).replaceFirst("");
        return isNamed(name) || !k.isEmpty() && (own.startsWith(k.split(" ")[0] + " ")
                || !distinctive.equals(own) && (distinctive + " ").startsWith(k + " "));
    }

    /** The words a company's name may open with before what tells it apart (keys are plain: no accents, lower case). */
    private static final java.util.regex.Pattern GENERIC_LEAD = java.util.regex.Pattern.compile(
            "^(?:(?:industrias|grupo|compania|corporacion|sociedad|minera|de|minas|pt|ojsc|pjsc|jsc|the)\\s+)+");

    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replace("&", " and ");
        plain = plain.replaceAll("[^a-z0-9 ]+", " ").replaceAll("\\s+", " ").strip();
        return plain.replaceAll("(?:\\s+(?:inc|incorporated|corp|corporation|ltd|limited|plc|s a a|saa|s a|sa|n v|nv|llc|co|company))+$", "").strip();
    }
}
