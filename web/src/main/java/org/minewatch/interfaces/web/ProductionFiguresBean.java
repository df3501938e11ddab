package org.minewatch.interfaces.web;

import jakarta.annotation.PostConstruct;
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
    private transient ProductionService productionService;

    private List<Observation> allFigures;
    private String period;

    @PostConstruct
    void load() {
        allFigures = productionService.observations(Optional.empty(), Optional.empty());
    }

    public List<String> getPeriods() {
        return allFigures.stream().map(Observation::period).distinct().sorted().map(ReportingPeriod::code).toList();
    }

    public List<Observation> getFigures() {
        return period == null || period.isBlank()
                ? allFigures
                : allFigures.stream().filter(o -> o.period().code().equals(period)).toList();
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
