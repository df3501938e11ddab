package org.minewatch.domain.model.company;

import java.util.List;
import java.util.Optional;

public interface CompanyRepository {

    Optional<Company> findByName(String name);

    List<Company> findAll();

    void store(Company company);
}
