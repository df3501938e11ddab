package org.minewatch.rules;

import java.util.List;
import org.minewatch.domain.model.design.DesignParameters;
import org.minewatch.domain.model.guidance.Guidance;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.production.ConsolidatedProduction;
import org.minewatch.domain.model.production.ProductionReport;

/** Everything the rules judge, as the domain holds it: mines, their reports, consolidated figures, design and guidance versions. */
public record Portfolio(List<Mine> mines, List<ProductionReport> reports, List<ConsolidatedProduction> consolidated,
                        List<DesignParameters> designs, List<Guidance> guidance) {

    public Portfolio {
        mines = List.copyOf(mines);
        reports = List.copyOf(reports);
        consolidated = List.copyOf(consolidated);
        designs = List.copyOf(designs);
        guidance = List.copyOf(guidance);
    }
}
