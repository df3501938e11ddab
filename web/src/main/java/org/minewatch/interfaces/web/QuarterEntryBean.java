package org.minewatch.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minewatch.application.AdministrationService;
import org.minewatch.application.AdministrationService.Field;
import org.minewatch.application.AdministrationService.MetalEntry;
import org.minewatch.application.AdministrationService.QuarterEntry;
import org.minewatch.application.AdministrationService.QuarterSource;
import org.minewatch.application.ImportService;
import org.minewatch.application.ImportService.Outcome;
import org.minewatch.application.ImportService.Preview;
import org.minewatch.application.ImportService.Source;
import org.minewatch.application.ImportWorkLimit;
import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;

/**
 * One mine's quarter entered by hand (administrators). The form becomes CSV in the observation format and
 * takes the importer's path, the same as a release or a file: a preview says what would be stored, what
 * differs from what is stored, what is impossible and what the rules would find; the commit stores exactly
 * what was previewed, all or nothing.
 */
@Named
@ViewScoped
public class QuarterEntryBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern LINE = Pattern.compile("(?i)\\b(?:line|línea) (\\d+)");

    /** One metal's figures in the form, as typed. */
    public static class MetalRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Metal metal;
        private String grade;
        private String recovery;
        private String production;

        MetalRow(Metal metal) {
            this.metal = metal;
        }

        public Metal getMetal() {
            return metal;
        }

        public String getGrade() {
            return grade;
        }

        public void setGrade(String grade) {
            this.grade = grade;
        }

        public String getRecovery() {
            return recovery;
        }

        public void setRecovery(String recovery) {
            this.recovery = recovery;
        }

        public String getProduction() {
            return production;
        }

        public void setProduction(String production) {
            this.production = production;
        }
    }

    @Inject
    private AdministrationService administration;

    @Inject
    private ImportService importService;

    @Inject
    private ImportWorkLimit workLimit;

    // read from the database, so not carried in the session when it moves to another node: read again there
    private transient List<Mine> mines;
    private String mineId;
    private String period;
    private String tonnesMilled;
    private String tpd;
    private List<MetalRow> metals;
    private String sourceName;
    private boolean overwrite;

    // what was previewed is kept; the preview itself (figures and findings) is made again where it is missing
    private Source previewed;
    private transient Preview preview;

    @PostConstruct
    void load() {
        if (!getMines().isEmpty()) {
            mineId = String.valueOf(mines.get(0).id());
        }
        clear();
    }

    private void clear() {
        period = null;
        tonnesMilled = null;
        tpd = null;
        metals = Arrays.stream(Metal.values()).map(MetalRow::new).toList();
        sourceName = null;
        overwrite = false;
    }

    /** Reads the form as the importer would, and shows what it would do; stores nothing. */
    public void preview() {
        preview = null;
        previewed = null;
        QuarterSource quarter = null;
        try {
            quarter = source();
            QuarterSource asked = quarter;
            Preview result = workLimit.run(() -> importService.preview(asked.source()));
            preview = result;
            previewed = quarter.source();
            for (Sentence error : result.errors()) {
                Messages.refused(fieldNames(Messages.said(error), quarter));
            }
        } catch (ImportWorkLimit.Busy e) {
            Messages.busy();
        } catch (IllegalArgumentException e) {
            Messages.refused(fieldNames(Messages.describe(e), quarter));
        }
    }

    /** Commits exactly what was previewed; if the form changed since, asks for a new preview instead. */
    public void commit() {
        QuarterSource quarter = null;
        try {
            quarter = source();
            if (previewed == null || !quarter.source().equals(previewed)) {
                preview = null;
                previewed = null;
                Messages.refused(Messages.text("quarter.previewFirst"));
                return;
            }
            if (!overwrite && !getPreview().conflicts().isEmpty()) {
                Messages.refused(Messages.text("quarter.conflicts", preview.conflicts().size()));
                return;
            }
            QuarterSource asked = quarter;
            Outcome outcome = workLimit.run(() -> importService.commit(asked.source(), overwrite, false));
            if (outcome.record() == null) {
                Messages.info("quarter.unchanged");
            } else {
                Messages.info("quarter.committed", outcome.record().figuresAdded(), outcome.record().figuresOverwritten(),
                        outcome.record().figuresUnchanged());
            }
            preview = null;
            previewed = null;
            clear();
        } catch (ImportWorkLimit.Busy e) {
            Messages.busy(); // nothing was stored: the preview stays, to be committed again
        } catch (IllegalArgumentException e) {
            Messages.refused(fieldNames(Messages.describe(e), quarter));
        }
    }

    private QuarterSource source() {
        Map<Metal, MetalEntry> byMetal = new EnumMap<>(Metal.class);
        metals.forEach(row -> byMetal.put(row.metal, new MetalEntry(row.grade, row.recovery, row.production)));
        return administration.quarterSource(new QuarterEntry(Long.parseLong(mineId), period == null ? "" : period, tonnesMilled, tpd, byMetal,
                sourceName));
    }

    /** The importer names lines of its CSV ("line 4"): the form's user knows fields ("Head grade Ag"). */
    private static String fieldNames(String message, QuarterSource quarter) {
        if (message == null || quarter == null) {
            return message;
        }
        Matcher m = LINE.matcher(message);
        StringBuilder named = new StringBuilder();
        while (m.find()) {
            String label = quarter.field(Integer.parseInt(m.group(1))).map(QuarterEntryBean::label).orElse(m.group());
            m.appendReplacement(named, Matcher.quoteReplacement(label));
        }
        m.appendTail(named);
        return named.toString();
    }

    private static String label(Field field) {
        return Messages.text("measure." + field.measure().code()) + (field.metal() == null ? "" : " " + field.metal().symbol());
    }

    /** Whether the preview can be committed: it read figures and found nothing impossible. */
    public boolean isCommittable() {
        return getPreview() != null && preview.errors().isEmpty() && !preview.observations().isEmpty();
    }

    /** What a figure field accepts: a figure as printed, or nothing (the page validates empty fields too). */
    public String getPrintedFigure() {
        return "\\s*(" + AdministrationService.PRINTED_FIGURE + ")?\\s*";
    }

    public Preview getPreview() {
        if (preview == null && previewed != null) {
            // read again on a node that took the session over: under the same limit as any preview
            try {
                preview = workLimit.run(() -> importService.preview(previewed));
            } catch (ImportWorkLimit.Busy e) {
                previewed = null;
                Messages.busy();
            }
        }
        return preview;
    }

    public List<Mine> getMines() {
        if (mines == null) {
            mines = administration.mines();
        }
        return mines;
    }

    public String getMineId() {
        return mineId;
    }

    public void setMineId(String mineId) {
        this.mineId = mineId;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getTonnesMilled() {
        return tonnesMilled;
    }

    public void setTonnesMilled(String tonnesMilled) {
        this.tonnesMilled = tonnesMilled;
    }

    public String getTpd() {
        return tpd;
    }

    public void setTpd(String tpd) {
        this.tpd = tpd;
    }

    public List<MetalRow> getMetals() {
        return metals;
    }

    public String getSourceName() {
        return sourceName;
    }

    public void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    public boolean isOverwrite() {
        return overwrite;
    }

    public void setOverwrite(boolean overwrite) {
        this.overwrite = overwrite;
    }
}
