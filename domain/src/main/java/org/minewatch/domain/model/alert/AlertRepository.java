package org.minewatch.domain.model.alert;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.mine.Mine;

public interface AlertRepository {

    Optional<Alert> find(long id);

    List<Alert> findAll();

    /**
     * The alerts of these mines, and those of these companies that name no mine or are of one of these rules (a rule that
     * judges a company's mines together, whichever mine the alert names), with their histories: what a change judged in its
     * scope may raise, update or resolve.
     */
    List<Alert> findOf(Collection<Mine> mines, Collection<Company> companies, Collection<String> companyWideRules);

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

    /**
     * How many alerts not resolved each of these mines has, by severity: mine id to severity to count (a mine without
     * any is left out). Only the mines given are counted, so that a page of a few mines does not count every mine's.
     */
    Map<Long, Map<String, Long>> countUnresolvedByMine(Collection<Mine> mines);

    /** How many alerts have the status, by severity (severities without any are left out). */
    Map<String, Long> countBySeverity(AlertStatus status);

    void store(Alert alert);
}
