package org.minewatch.domain.model.alert;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minewatch.domain.model.mine.Mine;

public interface AlertRepository {

    Optional<Alert> find(long id);

    List<Alert> findAll();

    /** The alerts of one mine. */
    List<Alert> findByMine(Mine mine);

    /** How many alerts not resolved each mine has, by severity: mine id to severity to count. */
    Map<Long, Map<String, Long>> countUnresolvedByMine();

    /** How many alerts have the status, by severity (severities without any are left out). */
    Map<String, Long> countBySeverity(AlertStatus status);

    void store(Alert alert);
}
