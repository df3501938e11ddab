package org.minewatch.domain.model.alert;

import java.util.List;
import java.util.Optional;

public interface AlertRepository {

    Optional<Alert> find(long id);

    List<Alert> findAll();

    void store(Alert alert);
}
