package org.minewatch.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.minewatch.application.GuidanceService.MineContribution;
import org.minewatch.application.MineRanking.Order;
import org.minewatch.application.MineRanking.Order.Key;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;

/**
 * The guidance page's mine ranking read a page at a time: the pages together are the whole ranking sorted once, in
 * the order the page showed before it was paged (metal, share largest first with a year not pieced together last,
 * name), or by the column chosen, whatever the page size; with ties (equal shares, two companies' mines of one name)
 * and rows without a year to date.
 */
class MineRankingTest {

    private static final List<Metal> METALS = List.of(Metal.AG, Metal.AU, Metal.PB);

    private final List<MineContribution> rows = rows();

    private static List<MineContribution> rows() {
        Random random = new Random(14);
        List<MineContribution> rows = new ArrayList<>();
        long id = 1;
        for (String company : List.of("Delta Mining", "Echo Silver")) {
            Company owner = new Company(company);
            for (int m = 0; m < 9; m++) {
                // names repeat across the two companies; shares repeat too (three values), and one in seven is missing
                Mine mine = new Mine(owner, "Mine " + (char) ('A' + m), "PE", EnumSet.copyOf(METALS));
                AdministrationServiceTest.set(mine, "id", id++);
                for (Metal metal : METALS) {
                    boolean pieced = random.nextInt(7) != 0;
                    BigDecimal toDate = pieced ? BigDecimal.valueOf(1000 * (1 + random.nextInt(3))) : null;
                    BigDecimal share = pieced ? toDate.movePointLeft(5) : null;
                    long critical = random.nextInt(3);
                    rows.add(new MineContribution(mine, metal, toDate, 2, share, critical, critical + random.nextInt(3)));
                }
            }
        }
        return rows;
    }

    /**
     * Every page of pageSize rows, in the order given, one after another; each page cut from the rows in another order,
     * as each request reads them anew (so that ties the order does not break would move rows between pages).
     */
    private List<MineContribution> paged(List<Order> order, int pageSize) {
        List<MineContribution> all = new ArrayList<>();
        for (int first = 0; first < rows.size() + pageSize; first += pageSize) {
            List<MineContribution> read = new ArrayList<>(rows);
            Collections.shuffle(read, new Random(first));
            List<MineContribution> page = MineRanking.page(read, order, first, pageSize);
            assertThat(page.size()).as("page from " + first).isLessThanOrEqualTo(pageSize);
            all.addAll(page);
        }
        return all;
    }

    @Test
    void unsorted_the_pages_hold_the_ranking_as_the_page_ordered_it_before_it_was_paged() {
        // the order GuidanceService.contributions gave the whole table before issue 14
        Comparator<MineContribution> before = Comparator.comparing(MineContribution::metal)
                .thenComparing(MineContribution::share, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(c -> c.mine().name());
        for (int pageSize : List.of(1, 5, 7, 20, 200)) {
            List<MineContribution> paged = paged(List.of(), pageSize);
            assertThat(paged).as("every row once, page size " + pageSize).containsExactlyInAnyOrderElementsOf(rows);
            assertThat(paged).as("page size " + pageSize).isSortedAccordingTo(before);
        }
        // the largest share of silver first, a silver year not pieced together last among silver
        assertThat(paged(List.of(), 5).get(0).metal()).isEqualTo(Metal.AG);
        assertThat(paged(List.of(), 5).get(0).share()).isEqualTo(rows.stream().filter(r -> r.metal() == Metal.AG)
                .map(MineContribution::share).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow());
    }

    @Test
    void sorted_by_a_column_the_pages_hold_every_row_once_in_that_columns_order() {
        for (Key key : Key.values()) {
            for (boolean ascending : List.of(true, false)) {
                List<MineContribution> paged = paged(List.of(new Order(key, ascending)), 7);
                String what = key + (ascending ? " ascending" : " descending");
                assertThat(paged).as(what).containsExactlyInAnyOrderElementsOf(rows).doesNotHaveDuplicates();
                // the column first, ties in the ranking's own order
                assertThat(paged).as(what).isSortedAccordingTo(column(key, ascending).thenComparing(MineRanking.RANKING));
                assertThat(paged).as("one order whatever the page size, " + what).isEqualTo(paged(List.of(new Order(key, ascending)), 3));
            }
        }
    }

    /**
     * The service keeps the rows ordered once per data version and cuts every page from that one list: each slice must be
     * the page a request would have sorted from the rows in any order, past the end too.
     */
    @Test
    void pages_cut_from_the_rows_ordered_once_are_the_pages_sorted_at_each_request() {
        List<List<Order>> orders = new ArrayList<>();
        orders.add(List.of());
        for (Key key : Key.values()) {
            orders.add(List.of(new Order(key, true)));
            orders.add(List.of(new Order(key, false)));
        }
        for (List<Order> order : orders) {
            List<MineContribution> kept = MineRanking.ordered(rows, order);
            for (int pageSize : List.of(1, 5, 7, 200)) {
                for (int first = 0; first <= rows.size() + pageSize; first += pageSize) {
                    List<MineContribution> read = new ArrayList<>(rows);
                    Collections.shuffle(read, new Random(first + pageSize));
                    assertThat(MineRanking.slice(kept, first, pageSize)).as(order + " from " + first + ", " + pageSize)
                            .isEqualTo(MineRanking.page(read, order, first, pageSize));
                }
            }
        }
        assertThat(MineRanking.slice(MineRanking.ordered(rows, List.of()), rows.size() + 5, 5)).isEmpty();
    }

    @Test
    void only_an_order_by_open_alerts_needs_every_rows_alerts() {
        assertThat(MineRanking.byOpenAlerts(List.of())).isFalse();
        assertThat(MineRanking.byOpenAlerts(List.of(new Order(Key.SHARE, false), new Order(Key.MINE, true)))).isFalse();
        assertThat(MineRanking.byOpenAlerts(List.of(new Order(Key.OPEN_CRITICAL, false)))).isTrue();
        assertThat(MineRanking.byOpenAlerts(List.of(new Order(Key.OPEN, true)))).isTrue();
    }

    /** The column alone, as a reader checks it: figures missing last either way. */
    private static Comparator<MineContribution> column(Key key, boolean ascending) {
        return switch (key) {
            case METAL -> directed(Comparator.comparing(MineContribution::metal), ascending);
            case MINE -> directed(Comparator.comparing(c -> c.mine().name()), ascending);
            case TO_DATE -> figure(MineContribution::toDate, ascending);
            case SHARE -> figure(MineContribution::share, ascending);
            case OPEN_CRITICAL -> directed(Comparator.comparingLong(MineContribution::openCritical), ascending);
            case OPEN -> directed(Comparator.comparingLong(MineContribution::open), ascending);
        };
    }

    private static Comparator<MineContribution> directed(Comparator<MineContribution> comparator, boolean ascending) {
        return ascending ? comparator : comparator.reversed();
    }

    private static Comparator<MineContribution> figure(Function<MineContribution, BigDecimal> figure, boolean ascending) {
        return Comparator.comparing(figure, Comparator.nullsLast(ascending ? Comparator.<BigDecimal>naturalOrder() : Comparator.reverseOrder()));
    }
}
