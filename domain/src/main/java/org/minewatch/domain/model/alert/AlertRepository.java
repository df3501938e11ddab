package org.minewatch.domain.model.alert;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface AlertRepository {

    Optional<Alert> find(long id);

    List<Alert> findAll();

    /** Every alert the query selects, in the order given (then newest first: see {@link AlertOrder}). */
    List<Alert> find(AlertQuery query, List<AlertOrder> order);

    /** One page of the alerts the query selects: from the first-th (from 0), at most max, in the order given. */
    List<Alert> find(AlertQuery query, List<AlertOrder> order, int first, int max);

    /** How many alerts the query selects. */
    long count(AlertQuery query);

    /** The rules of the alerts the query selects, each once, in no particular order. */
    List<String> rules(AlertQuery query);

    /** The periods of the alerts the query selects, each once, in no particular order. */
    List<String> periods(AlertQuery query);

    /** How many alerts not resolved each mine has, by severity: mine id to severity to count. */
    Map<Long, Map<String, Long>> countUnresolvedByMine();

    /** How many alerts have the status, by severity (severities without any are left out). */
    Map<String, Long> countBySeverity(AlertStatus status);

    void store(Alert alert);
}
