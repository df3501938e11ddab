package org.minewatch.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.minewatch.application.AdministrationService;
import org.minewatch.domain.model.design.DesignParameters;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;

/**
 * Design parameters of a mine (administrators): its versions, each with the date it takes effect, throughput,
 * recovery per metal, whether it is illustrative and its source; a form adds a later version.
 */
@Named
@ViewScoped
public class DesignVersionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One metal's design recovery in the form. */
    public static class RecoveryRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Metal metal;
        private BigDecimal recovery;

        RecoveryRow(Metal metal) {
            this.metal = metal;
        }

        public Metal getMetal() {
            return metal;
        }

        public BigDecimal getRecovery() {
            return recovery;
        }

        public void setRecovery(BigDecimal recovery) {
            this.recovery = recovery;
        }
    }

    @Inject
    private AdministrationService administration;

    // read from the database, so not carried in the session when it moves to another node: read again there
    private transient List<Mine> mines;
    private transient List<DesignParameters> versions;
    private String mineId;

    private LocalDate effectiveFrom;
    private BigDecimal throughputTpd;
    private List<RecoveryRow> recoveries;
    private boolean illustrative;
    private String source;
    private LocalDate publishedOn;

    @PostConstruct
    void load() {
        mines = administration.mines();
        if (!mines.isEmpty()) {
            mineId = String.valueOf(mines.get(0).id());
        }
        clearForm();
        reload();
    }

    public void reload() {
        versions = mineId == null || mineId.isBlank() ? List.of() : administration.designVersions(Long.parseLong(mineId));
    }

    public void add() {
        Map<Metal, BigDecimal> byMetal = new EnumMap<>(Metal.class);
        recoveries.stream().filter(r -> r.recovery != null).forEach(r -> byMetal.put(r.metal, r.recovery));
        try {
            DesignParameters added = administration.addDesignVersion(Long.parseLong(mineId), effectiveFrom, throughputTpd, byMetal, illustrative,
                    source, publishedOn);
            Messages.info("design.added", added.mine().name(), added.effectiveFrom().toString());
            clearForm();
            reload();
        } catch (IllegalArgumentException e) {
            Messages.refused(e);
        }
    }

    private void clearForm() {
        effectiveFrom = null;
        throughputTpd = null;
        recoveries = Arrays.stream(Metal.values()).map(RecoveryRow::new).toList();
        illustrative = false;
        source = null;
        publishedOn = null;
    }

    /** A version's design recoveries, "Ag 88 % · Au 90 %". */
    public String recoveriesOf(DesignParameters version) {
        return version.recoveries().entrySet().stream()
                .map(e -> e.getKey().symbol() + " " + e.getValue().toPlainString() + " %").collect(Collectors.joining(" · "));
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

    public List<DesignParameters> getVersions() {
        if (versions == null) {
            reload();
        }
        return versions;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public BigDecimal getThroughputTpd() {
        return throughputTpd;
    }

    public void setThroughputTpd(BigDecimal throughputTpd) {
        this.throughputTpd = throughputTpd;
    }

    public List<RecoveryRow> getRecoveries() {
        return recoveries;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public void setIllustrative(boolean illustrative) {
        this.illustrative = illustrative;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }
}
