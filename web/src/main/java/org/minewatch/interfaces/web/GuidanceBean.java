package org.minewatch.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.minewatch.application.GuidanceService;
import org.minewatch.application.GuidanceService.Compliance;
import org.minewatch.domain.model.period.ReportingPeriod;

/**
 * Guidance compliance, the executive's landing page: for a year and an "as of" quarter, each guidance with
 * its actual to date, share of the pro-rata target, projection, required rate and status.
 */
@Named
@ViewScoped
public class GuidanceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient GuidanceService guidanceService;

    private int year = 2011;
    private String asOf = "";
    private List<Compliance> rows;

    @PostConstruct
    void load() {
        reload();
    }

    public void reload() {
        rows = guidanceService.compliance(year, asOf == null || asOf.isBlank() ? null : ReportingPeriod.parse(asOf));
    }

    /** The quarters of the chosen year an executive can look back from. */
    public List<String> getQuarters() {
        return List.of(year + "-Q1", year + "-Q2", year + "-Q3", year + "-Q4");
    }

    public List<Compliance> getRows() {
        return rows;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getAsOf() {
        return asOf;
    }

    public void setAsOf(String asOf) {
        this.asOf = asOf;
    }
}
