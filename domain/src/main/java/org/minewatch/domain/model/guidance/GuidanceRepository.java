package org.minewatch.domain.model.guidance;

import java.util.List;
import org.minewatch.domain.model.company.Company;

public interface GuidanceRepository {

    /** Every version of every guidance of a company for a year, company and mine level. */
    List<Guidance> findByYear(Company company, int year);

    /** Every version of every guidance of a company, all years. */
    List<Guidance> findAll(Company company);

    void store(Guidance guidance);
}
