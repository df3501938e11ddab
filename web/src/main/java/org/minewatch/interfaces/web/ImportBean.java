package org.minewatch.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minewatch.application.ImportService;
import org.minewatch.application.ImportService.Conflict;
import org.minewatch.application.ImportService.Format;
import org.minewatch.application.ImportService.ImportRefused;
import org.minewatch.application.ImportService.Outcome;
import org.minewatch.application.ImportService.Preview;
import org.minewatch.application.ImportService.Source;
import org.minewatch.application.ImportWorkLimit;
import org.minewatch.domain.model.imports.ImportRecord;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.Observation;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Loading a quarter, for a data steward: paste a release's text or upload a CSV, see what was understood
 * (figures, errors, warnings, new mines, conflicts with stored figures, what the rules would flag), then
 * commit with the overwrite and create-mines choices made explicit. Nothing is stored before the commit,
 * and a commit stores all of it or nothing.
 */
@Named
@ViewScoped
public class ImportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Larger than any quarterly release; a bigger upload is refused before it is read. */
    static final long MAX_UPLOAD_BYTES = 2_000_000;

    @Inject
    private ImportService importService;

    @Inject
    private ImportWorkLimit workLimit;

    private String company = "";
    private String period = "";
    private String sourceName = "";
    private Format format = Format.RELEASE_TEXT;
    private String text = "";
    private boolean overwrite;
    private boolean createMines;
    private boolean acceptImplausible;
    private boolean otherIssuer;
    private boolean storeGuidance;
    // What was previewed is kept in the session, which moves between nodes; the preview itself, its lookups
    // and the history are made or read again where they are missing (transient).
    private Source previewed;
    private transient Preview preview;
    // the preview's lists as lookups for the table's rows; observations are values, equal field by field
    private transient Map<Observation, Conflict> conflicts = Map.of();
    private transient Set<String> newMines = Set.of();
    private transient Set<Observation> unchanged = Set.of();
    private transient List<ImportRecord> history;
    // the preview's figures as the table holds them: the table sorts its rows in place, which the preview's own list,
    // unmodifiable, refuses (a click on a sortable header ended in "Something went wrong")
    private transient List<Observation> rows = List.of();


    /** A file was chosen: its text replaces what is in the text area, and the format follows its name. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        // the browser's own check lets a large file through (PrimeFaces uploads at once when a file is chosen): the
        // limit is kept here, with its message, and web.xml's multipart limit is set well above it, so that the
        // container does not refuse the request first with its generic error
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            error(Messages.text("import.tooLarge"));
            return;
        }
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getContent())).toString();
        } catch (CharacterCodingException e) {
            error(Messages.text("import.notUtf8", file.getFileName()));
            return;
        }
        sourceName = file.getFileName();
        format = file.getFileName().toLowerCase().endsWith(".csv") ? Format.CSV : Format.RELEASE_TEXT;
        period = ""; // another release: a period given for the text before it is not its own
        discard();
    }

    public void preview() {
        discard();
        try {
            Source source = source();
            show(workLimit.run(() -> importService.preview(source)));
            previewed = source;
        } catch (ImportWorkLimit.Busy e) {
            Messages.busy();
            return;
        } catch (IllegalArgumentException e) {
            // the company is not named and cannot be told from the text, or the text cannot be read: said in the page's words
            error(Messages.describe(e));
            return;
        }
        overwrite = false;
        createMines = false;
        acceptImplausible = false;
        otherIssuer = false;
        storeGuidance = false;
    }

    private void show(Preview shown) {
        preview = shown;
        rows = new ArrayList<>(shown.observations());
        conflicts = new HashMap<>();
        preview.conflicts().forEach(c -> conflicts.put(c.imported(), c));
        newMines = new HashSet<>(preview.newMines());
        unchanged = new HashSet<>(preview.unchangedFigures());
    }

    public void commit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ImportService.Consent consent = new ImportService.Consent(overwrite, createMines, acceptImplausible, otherIssuer, storeGuidance);
            Outcome outcome = workLimit.run(() -> importService.commit(source(), consent));
            if (outcome.record() == null) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text("import.nothingNew"), null));
            } else {
                ImportRecord r = outcome.record();
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text("import.committed",
                        r.figuresAdded(), r.figuresOverwritten(), r.figuresUnchanged(), r.minesCreated() == null ? "" : r.minesCreated()), null));
            }
            if (outcome.record() != null && outcome.record().guidanceStored() > 0) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text("import.guidanceStored",
                        outcome.record().guidanceStored()), null));
            }
            discard();
            text = "";
            sourceName = "";
            period = ""; // the next release is read as of its own period unless the steward gives one again
            history = importService.imports();
        } catch (ImportWorkLimit.Busy e) {
            Messages.busy(); // nothing was stored: the preview stays, to be committed again
        } catch (IllegalArgumentException e) {
            // what stopped it, in the page's words and language; nothing was stored
            error(Messages.describe(e));
        }
    }

    public void discard() {
        preview = null;
        previewed = null;
    }

    private Source source() {
        String name = sourceName == null || sourceName.isBlank() ? Messages.text("import.pastedText") : sourceName.trim();
        // a malformed period is an IllegalArgumentException, said like the other reasons a preview is refused
        return new Source(text, format, name, company == null ? "" : company.trim(), period == null || period.isBlank() ? null : ReportingPeriod.parse(period));
    }

    private static void error(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** What the commit would do with a figure: add it, leave it (stored as it is), replace a different stored one, or add it to a new mine. */
    public String fate(Observation o) {
        getPreview();
        if (conflicts.containsKey(o)) {
            return "conflict";
        }
        if (o.mine() != null && newMines.contains(o.mine())) {
            return "newMine";
        }
        return unchanged.contains(o) ? "unchanged" : "added";
    }

    /** The stored value a conflicting figure would replace. */
    public Observation storedFor(Observation o) {
        getPreview();
        Conflict c = conflicts.get(o);
        return c == null ? null : c.stored();
    }

    public boolean isCommittable() {
        return getPreview() != null && preview.errors().isEmpty() && (!preview.observations().isEmpty() || isGuidanceToStore());
    }

    /** The preview's figures, in the order the table was last sorted into. */
    public List<Observation> getRows() {
        getPreview();
        return rows;
    }

    public Preview getPreview() {
        if (preview == null && previewed != null) {
            // read again on a node that took the session over: under the same limit as any preview
            try {
                show(workLimit.run(() -> importService.preview(previewed)));
            } catch (ImportWorkLimit.Busy e) {
                previewed = null;
                Messages.busy();
            }
        }
        return preview;
    }

    public List<ImportRecord> getHistory() {
        if (history == null) {
            history = importService.imports();
        }
        return history;
    }

    /** A count of the preview with its noun, singular or plural as the page's language wants ("1 new mine", "50 ya guardadas"). */
    public String count(String what, int count) {
        return Messages.text("import.count." + what, count);
    }

    /** Why the company asked for is not the text's issuer, in the page's language. */
    public String getOtherIssuerText() {
        return preview == null || preview.otherIssuer() == null ? null : Messages.text("import.otherIssuerDetail", preview.issuer(), preview.company());
    }

    public long getMaxUploadBytes() {
        return MAX_UPLOAD_BYTES;
    }

    public Format[] getFormats() {
        return Format.values();
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getSourceName() {
        return sourceName;
    }

    public void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    public Format getFormat() {
        return format;
    }

    public void setFormat(Format format) {
        this.format = format;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isOverwrite() {
        return overwrite;
    }

    public void setOverwrite(boolean overwrite) {
        this.overwrite = overwrite;
    }

    public boolean isCreateMines() {
        return createMines;
    }

    public void setCreateMines(boolean createMines) {
        this.createMines = createMines;
    }

    public boolean isStoreGuidance() {
        return storeGuidance;
    }

    public void setStoreGuidance(boolean storeGuidance) {
        this.storeGuidance = storeGuidance;
    }

    /** Whether the preview found guidance a commit could store (new, or differing from the version in force). */
    public boolean isGuidanceToStore() {
        return preview != null && preview.guidance().stream()
                .anyMatch(g -> g.fate() == ImportService.GuidanceFate.NEW || g.fate() == ImportService.GuidanceFate.DIFFERS);
    }

    public boolean isOtherIssuer() {
        return otherIssuer;
    }

    public void setOtherIssuer(boolean otherIssuer) {
        this.otherIssuer = otherIssuer;
    }

    public boolean isAcceptImplausible() {
        return acceptImplausible;
    }

    public void setAcceptImplausible(boolean acceptImplausible) {
        this.acceptImplausible = acceptImplausible;
    }
}
