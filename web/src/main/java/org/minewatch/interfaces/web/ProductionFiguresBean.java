package org.minewatch.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.minewatch.application.ProductionService;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.Observation;

/** The home page: every figure the caller may see, with the period to show. */
@Named
@ViewScoped
public class ProductionFiguresBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProductionService productionService;

    // read once for the view; not carried in the session when it moves to another node, but read again there
    private transient List<Observation> allFigures;
    private String period;

    private List<Observation> allFigures() {
        if (allFigures == null) {
            allFigures = productionService.observations(Optional.empty(), Optional.empty());
        }
        return allFigures;
    }

    public List<String> getPeriods() {
        return allFigures().stream().map(Observation::period).distinct().sorted().map(ReportingPeriod::code).toList();
    }

    public List<Observation> getFigures() {
        return period == null || period.isBlank()
                ? allFigures()
                : allFigures().stream().filter(o -> o.period().code().equals(period)).toList();
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
