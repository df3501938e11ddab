package org.minewatch.domain.model.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.SeedRelease;
import org.minewatch.domain.model.design.DesignParameters;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.period.ReportingPeriod;

class QuarterReviewTest {

    private static final SourceReference SOURCE = new SourceReference("test", LocalDate.of(2011, 10, 24));
    private static final ReportingPeriod Q2_2011 = ReportingPeriod.quarter(2011, 2);
    private static final ReportingPeriod Q3_2010 = ReportingPeriod.quarter(2010, 3);

    private final SeedRelease seed = new SeedRelease();

    /** The seed's Caylloma quarter, with an earlier quarter and a year-before quarter whose figures are made up for the arithmetic. */
    private List<ProductionReport> caylloma() {
        List<ProductionReport> reports = new ArrayList<>(seed.reports.stream().filter(r -> r.mine().equals(seed.caylloma)).toList());
        ProductionReport q2 = new ProductionReport(seed.caylloma, Q2_2011, SOURCE);
        q2.recordOreProcessed(ReportedFigure.printed("120,000"), ReportedFigure.printed("1,300"));
        q2.recordMetal(Metal.AG, ReportedFigure.printed("190"), ReportedFigure.printed("83.5"), ReportedFigure.printed("600,000"));
        reports.add(q2);
        ProductionReport yearBefore = new ProductionReport(seed.caylloma, Q3_2010, SOURCE);
        yearBefore.recordOreProcessed(ReportedFigure.printed("100,000"), null);
        yearBefore.recordMetal(Metal.AG, ReportedFigure.printed("200"), ReportedFigure.printed("80"), ReportedFigure.printed("500,000"));
        reports.add(yearBefore);
        return reports;
    }

    private DesignParameters design(String from, String tpd, String agRecovery) {
        return new DesignParameters(seed.caylloma, LocalDate.parse(from), new BigDecimal(tpd), Map.of(Metal.AG, new BigDecimal(agRecovery)), true, SOURCE);
    }

    @Test
    void keyFiguresOfTheSeedQuarterInOrder() {
        QuarterReview review = QuarterReview.of(seed.caylloma, SeedRelease.Q3_2011, caylloma(), List.of());

        assertThat(review.keyFigures()).extracting(KeyFigure::measure, KeyFigure::metal, KeyFigure::value).containsExactly(
                tuple(Measure.TONNES_MILLED, null, "115574"), tuple(Measure.TPD, null, "1270"),
                tuple(Measure.GRADE, Metal.AG, "186"), tuple(Measure.RECOVERY, Metal.AG, "81"), tuple(Measure.PRODUCTION, Metal.AG, "559959"),
                tuple(Measure.GRADE, Metal.AU, "0.35"), tuple(Measure.RECOVERY, Metal.AU, "43"), tuple(Measure.PRODUCTION, Metal.AU, "563"),
                tuple(Measure.GRADE, Metal.PB, "2.11"), tuple(Measure.RECOVERY, Metal.PB, "92"), tuple(Measure.PRODUCTION, Metal.PB, "4960154"),
                tuple(Measure.GRADE, Metal.ZN, "2.58"), tuple(Measure.RECOVERY, Metal.ZN, "88"), tuple(Measure.PRODUCTION, Metal.ZN, "5815486"));
    }

    private static Tuple tuple(Measure measure, Metal metal, String value) {
        return Tuple.tuple(measure, metal, new BigDecimal(value));
    }

    @Test
    void changesAgainstThePreviousQuarterAndTheYearBefore() {
        QuarterReview review = QuarterReview.of(seed.caylloma, SeedRelease.Q3_2011, caylloma(), List.of());

        KeyFigure tonnes = review.keyFigure(Measure.TONNES_MILLED, null).orElseThrow();
        // 115,574 / 120,000 - 1 and 115,574 / 100,000 - 1
        assertThat(tonnes.changeOnPreviousQuarter()).hasValueSatisfying(c -> assertThat(c).isCloseTo(new BigDecimal("-0.0368833333"), within(new BigDecimal("1e-10"))));
        assertThat(tonnes.changeOnYearBefore()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("0.15574"));

        KeyFigure recovery = review.keyFigure(Measure.RECOVERY, Metal.AG).orElseThrow();
        // recovery changes in points: 81 - 83.5 and 81 - 80
        assertThat(recovery.changesInPoints()).isTrue();
        assertThat(recovery.changeOnPreviousQuarter()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("-2.5"));
        assertThat(recovery.changeOnYearBefore()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("1"));

        // the year-before quarter reported no tpd, and no quarter before reported gold
        assertThat(review.keyFigure(Measure.TPD, null).orElseThrow().changeOnYearBefore()).isEmpty();
        assertThat(review.keyFigure(Measure.PRODUCTION, Metal.AU).orElseThrow().changeOnPreviousQuarter()).isEmpty();
    }

    @Test
    void designIsTheVersionInForceAtTheEndOfEachQuarter() {
        // the second version takes effect on the last day of Q2 2011: Q2 already answers to it
        List<DesignParameters> designs = List.of(design("2010-01-01", "1000", "85"), design("2011-06-30", "1500", "82"));
        QuarterReview review = QuarterReview.of(seed.caylloma, SeedRelease.Q3_2011, caylloma(), designs);

        KeyFigure tpd = review.keyFigure(Measure.TPD, null).orElseThrow();
        assertThat(tpd.design()).isEqualByComparingTo("1500");
        // 1,270 tpd is 84.67% of 1,500
        assertThat(tpd.againstDesign()).hasValueSatisfying(s -> assertThat(s).isCloseTo(new BigDecimal("0.8466666667"), within(new BigDecimal("1e-10"))));
        // 81% against 82% design: 1 point short
        assertThat(review.keyFigure(Measure.RECOVERY, Metal.AG).orElseThrow().againstDesign())
                .hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("-1"));
        assertThat(review.keyFigure(Measure.GRADE, Metal.AG).orElseThrow().againstDesign()).isEmpty();

        // every quarter from the first reported to the last, those not reported without a value
        assertThat(review.trend(Measure.TPD, null)).extracting(QuarterReview.TrendPoint::quarter, p -> p.design().intValue())
                .containsExactly(Tuple.tuple(Q3_2010, 1000), Tuple.tuple(ReportingPeriod.quarter(2010, 4), 1000),
                        Tuple.tuple(ReportingPeriod.quarter(2011, 1), 1000), Tuple.tuple(Q2_2011, 1500), Tuple.tuple(SeedRelease.Q3_2011, 1500));
        assertThat(review.trend(Measure.TPD, null)).extracting(QuarterReview.TrendPoint::value)
                .containsExactly(null, null, null, new BigDecimal("1300"), new BigDecimal("1270"));
    }

    @Test
    void quartersAreTheMinesOwnQuartersOnly() {
        QuarterReview review = QuarterReview.of(seed.caylloma, SeedRelease.Q3_2011, caylloma(), List.of());

        // the nine-month report and San Jose's quarter are not trend points
        assertThat(review.quarters()).containsExactly(Q3_2010, Q2_2011, SeedRelease.Q3_2011);
        assertThat(review.metalsReported()).containsExactly(Metal.AG, Metal.AU, Metal.PB, Metal.ZN);
        assertThat(QuarterReview.latestQuarter(caylloma())).contains(SeedRelease.Q3_2011);
    }

    @Test
    void aQuarterNotReportedHasNoKeyFigures() {
        QuarterReview review = QuarterReview.of(seed.caylloma, ReportingPeriod.quarter(2011, 4), caylloma(), List.of());

        assertThat(review.report()).isEmpty();
        assertThat(review.keyFigures()).isEmpty();
        assertThatThrownBy(() -> QuarterReview.of(seed.caylloma, SeedRelease.NINE_MONTHS_2011, caylloma(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2011-9M");
    }

    @Test
    void aFigureReportedBeforeAndLeftOutOfTheQuarterIsNotReported() {
        List<ProductionReport> reports = new ArrayList<>(caylloma());
        ProductionReport q4 = new ProductionReport(seed.caylloma, ReportingPeriod.quarter(2011, 4), SOURCE);
        q4.record(Measure.TONNES_MILLED, null, ReportedFigure.printed("116,364"));
        q4.record(Measure.PRODUCTION, Metal.AG, ReportedFigure.printed("536,426"));
        q4.record(Measure.GRADE, Metal.AU, ReportedFigure.printed("0.39"));
        q4.record(Measure.RECOVERY, Metal.AU, ReportedFigure.printed("45.33"));
        reports.add(q4);

        // gold's grade and recovery without its production (a release cut inside its gold table), no lead or zinc at all
        assertThat(QuarterReview.of(seed.caylloma, ReportingPeriod.quarter(2011, 4), reports, List.of()).figuresNotReported())
                .extracting(m -> m.measure().code() + " " + m.metal())
                .containsExactly("tpd null", "grade AG", "recovery AG", "production AU", "grade PB", "recovery PB", "production PB",
                        "grade ZN", "recovery ZN", "production ZN");
        // the seed quarter reports everything the quarters before it did; a quarter not reported at all has no tiles
        assertThat(QuarterReview.of(seed.caylloma, SeedRelease.Q3_2011, reports, List.of()).figuresNotReported()).isEmpty();
        assertThat(QuarterReview.of(seed.caylloma, ReportingPeriod.quarter(2012, 1), reports, List.of()).figuresNotReported()).isEmpty();
    }
}
