package org.minewatch.application;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.minewatch.application.GuidanceService.MineContribution;

/**
 * The order of the guidance page's mine ranking, and its pages. The ranking's own order is by metal, then share of
 * the company's production, largest first (a mine without a year to date last), then mine name; a column the page
 * sorts by comes first, then that order, then the mine's id (two companies may have mines of one name), so that the
 * rows are in one total order and the pages together hold every row once.
 */
public final class MineRanking {

    /** A column the ranking is sorted by. */
    public record Order(Key key, boolean ascending) {

        /** The sortable columns. */
        public enum Key { METAL, MINE, TO_DATE, SHARE, OPEN_CRITICAL, OPEN }
    }

    /** The ranking's own order. */
    static final Comparator<MineContribution> RANKING = Comparator.comparing(MineContribution::metal)
            .thenComparing(MineContribution::share, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(c -> c.mine().name());

    private MineRanking() {
    }

    /** Whether the order needs every row's open alerts (and not only those of the page shown). */
    static boolean byOpenAlerts(List<Order> order) {
        return order.stream().anyMatch(o -> o.key() == Order.Key.OPEN_CRITICAL || o.key() == Order.Key.OPEN);
    }

    /** The rows from the first-th (from 0), at most max, in the order given, then in the ranking's own. */
    static List<MineContribution> page(List<MineContribution> rows, List<Order> order, int first, int max) {
        return slice(ordered(rows, order), first, max);
    }

    /**
     * Every row in the order given, then in the ranking's own: a total order, so that the list can be kept and cut into
     * pages ({@link #slice}) by many requests, each page the same as {@link #page} of the rows in any order.
     */
    static List<MineContribution> ordered(List<MineContribution> rows, List<Order> order) {
        return rows.stream().sorted(comparator(order)).toList();
    }

    /** The rows of an ordered list from the first-th (from 0), at most max; none past its end. */
    static List<MineContribution> slice(List<MineContribution> ordered, int first, int max) {
        int from = Math.min(Math.max(first, 0), ordered.size());
        return ordered.subList(from, Math.min(from + Math.max(max, 0), ordered.size()));
    }

    static Comparator<MineContribution> comparator(List<Order> order) {
        Comparator<MineContribution> comparator = (x, y) -> 0;
        for (Order o : order) {
            comparator = comparator.thenComparing(switch (o.key()) {
                case METAL -> directed(Comparator.comparing(MineContribution::metal), o.ascending());
                case MINE -> directed(Comparator.comparing(c -> c.mine().name()), o.ascending());
                // a year not pieced together has no figure to compare: last either way
                case TO_DATE -> figure(MineContribution::toDate, o.ascending());
                case SHARE -> figure(MineContribution::share, o.ascending());
                case OPEN_CRITICAL -> directed(Comparator.comparingLong(MineContribution::openCritical), o.ascending());
                case OPEN -> directed(Comparator.comparingLong(MineContribution::open), o.ascending());
            });
        }
        return comparator.thenComparing(RANKING).thenComparing(c -> c.mine().id());
    }

    private static Comparator<MineContribution> directed(Comparator<MineContribution> ascending, boolean isAscending) {
        return isAscending ? ascending : ascending.reversed();
    }

    private static Comparator<MineContribution> figure(Function<MineContribution, BigDecimal> figure, boolean ascending) {
        return Comparator.comparing(figure, Comparator.nullsLast(ascending ? Comparator.<BigDecimal>naturalOrder() : Comparator.reverseOrder()));
    }
}
