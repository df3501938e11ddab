package org.minewatch.domain.model.imports;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.minewatch.domain.model.company.Company;

/**
 * One import, for the audit: who loaded what (the source exactly as received), when, for which company, how
 * many figures it added, overwrote (each kept as an {@link ImportChange}) or found unchanged, which mines it
 * created, and what the evaluation after it did to the alerts.
 */
@Entity
@Table(name = "import_record")
public class ImportRecord {

    @Id
    @SequenceGenerator(name = "import_record_seq", sequenceName = "import_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_record_seq")
    private Long id;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(name = "source_name", nullable = false, length = 500)
    private String sourceName;

    @Column(name = "source_sha256", nullable = false, length = 64)
    private String sourceSha256;

    @Lob
    @Column(name = "source_text", nullable = false)
    private String sourceText;

    @Column(name = "figures_read", nullable = false)
    private int figuresRead;

    @Column(name = "figures_added", nullable = false)
    private int figuresAdded;

    @Column(name = "figures_overwritten", nullable = false)
    private int figuresOverwritten;

    @Column(name = "figures_unchanged", nullable = false)
    private int figuresUnchanged;

    @Column(name = "guidance_stored", nullable = false)
    private int guidanceStored;

    /** The period the data steward gave for a text that does not say it (its code), null when the text's own was read. */
    @Column(name = "given_period", length = 16)
    private String givenPeriod;

    @Column(name = "mines_created", nullable = false, length = 2000)
    private String minesCreated;

    @Column(length = 500)
    private String evaluation;

    @OneToMany(mappedBy = "importRecord", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<ImportChange> changes = new ArrayList<>();

    protected ImportRecord() {
        // for JPA
    }

    public ImportRecord(String importedBy, Instant importedAt, Company company, String contentType, String sourceName, String sourceSha256,
                        String sourceText) {
        this.importedBy = Objects.requireNonNull(importedBy, "importedBy");
        this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
        this.company = Objects.requireNonNull(company, "company");
        this.contentType = contentType;
        this.sourceName = sourceName;
        this.sourceSha256 = sourceSha256;
        this.sourceText = sourceText;
        this.minesCreated = "";
    }

    public void counted(int read, int added, int overwritten, int unchanged, List<String> createdMines) {
        this.figuresRead = read;
        this.figuresAdded = added;
        this.figuresOverwritten = overwritten;
        this.figuresUnchanged = unchanged;
        String created = String.join(", ", createdMines);
        this.minesCreated = created.length() > 2000 ? created.substring(0, 1996) + " ..." : created;
    }

    /** The text was read as a release of this period, which the data steward gave: with the text, it reproduces the figures stored. */
    public void readAsOf(String periodCode) {
        this.givenPeriod = periodCode;
    }

    public String givenPeriod() {
        return givenPeriod;
    }

    /** The guidance versions the import stored, besides its figures. */
    public void storedGuidance(int versions) {
        this.guidanceStored = versions;
    }

    public int guidanceStored() {
        return guidanceStored;
    }

    public void overwrote(String mine, String period, String measure, String metal, BigDecimal oldValue, BigDecimal newValue) {
        changes.add(new ImportChange(this, mine, period, measure, metal, oldValue, newValue));
    }

    public void evaluated(String evaluation) {
        this.evaluation = evaluation;
    }

    public Long id() {
        return id;
    }

    public String importedBy() {
        return importedBy;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public Company company() {
        return company;
    }

    public String contentType() {
        return contentType;
    }

    public String sourceName() {
        return sourceName;
    }

    public String sourceSha256() {
        return sourceSha256;
    }

    public String sourceText() {
        return sourceText;
    }

    public int figuresRead() {
        return figuresRead;
    }

    public int figuresAdded() {
        return figuresAdded;
    }

    public int figuresOverwritten() {
        return figuresOverwritten;
    }

    public int figuresUnchanged() {
        return figuresUnchanged;
    }

    public String minesCreated() {
        return minesCreated;
    }

    public String evaluation() {
        return evaluation;
    }

    public List<ImportChange> changes() {
        return Collections.unmodifiableList(changes);
    }

    @Override
    public String toString() {
        return "import " + id + " of " + sourceName + " by " + importedBy;
    }
}
