package org.minewatch.domain.model.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.SeedRelease;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.production.SourceReference;

class GuidanceTest {

    private final SeedRelease seed = new SeedRelease();
    private final SourceReference source = new SourceReference("Fortuna, 2011-10-24", LocalDate.of(2011, 10, 24));

    private BigDecimal consolidated(Metal metal, org.minewatch.domain.model.period.ReportingPeriod period) {
        return seed.consolidated.stream().filter(c -> c.metal() == metal && c.period().equals(period))
                .findFirst().orElseThrow().production().value();
    }

    @Test
    void silver_after_q3_2011_needs_1_21_times_q3_and_runs_to_2_258_377() {
        GuidanceProgress silver = new GuidanceProgress(new BigDecimal("2400000"),
                consolidated(Metal.AG, SeedRelease.NINE_MONTHS_2011), consolidated(Metal.AG, SeedRelease.Q3_2011), 3);
        assertThat(silver.remaining()).isEqualByComparingTo("814760");
        assertThat(silver.requiredPerQuarter()).isEqualByComparingTo("814760");
        assertThat(silver.pace().doubleValue()).isCloseTo(1.21, within(0.005));
        assertThat(silver.runRateProjection()).isEqualByComparingTo("2258377");
        assertThat(silver.proRataShare().doubleValue()).isCloseTo(1_585_240 / 1_800_000.0, within(1e-9));
    }

    @Test
    void gold_after_q3_2011_needs_2_88_times_q3_and_runs_to_4_485() {
        GuidanceProgress gold = new GuidanceProgress(new BigDecimal("7530"),
                consolidated(Metal.AU, SeedRelease.NINE_MONTHS_2011), consolidated(Metal.AU, SeedRelease.Q3_2011), 3);
        assertThat(gold.remaining()).isEqualByComparingTo("4668");
        assertThat(gold.pace().doubleValue()).isCloseTo(2.88, within(0.005));
        assertThat(gold.runRateProjection()).isEqualByComparingTo("4485");
    }

    @Test
    void the_required_rate_spreads_over_the_quarters_left() {
        GuidanceProgress afterQ1 = new GuidanceProgress(new BigDecimal("1000"), new BigDecimal("200"), new BigDecimal("200"), 1);
        assertThat(afterQ1.requiredPerQuarter().doubleValue()).isCloseTo(800 / 3.0, within(1e-9));
        assertThat(afterQ1.runRateProjection()).isEqualByComparingTo("800");
        assertThat(afterQ1.proRataShare()).isEqualByComparingTo("0.8");
        assertThatThrownBy(() -> new GuidanceProgress(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE, 4))
                .hasMessageContaining("after quarter 1, 2 or 3");
    }

    @Test
    void the_version_in_force_follows_revisions_and_withdrawals() {
        Guidance original = Guidance.point(seed.fortuna, null, 2011, Metal.AU, new BigDecimal("7530"), LocalDate.of(2011, 1, 20), source);
        Guidance revised = Guidance.range(seed.fortuna, null, 2011, Metal.AU, new BigDecimal("6800"), new BigDecimal("7200"),
                LocalDate.of(2011, 11, 10), source);
        Guidance withdrawn = Guidance.withdrawal(seed.fortuna, null, 2011, Metal.AU, LocalDate.of(2011, 12, 15), source);
        List<Guidance> versions = List.of(withdrawn, original, revised);

        assertThat(GuidanceHistory.inForce(versions, LocalDate.of(2011, 1, 19))).isEmpty();
        assertThat(GuidanceHistory.inForce(versions, LocalDate.of(2011, 9, 30))).contains(original);
        Guidance inNovember = GuidanceHistory.inForce(versions, LocalDate.of(2011, 11, 10)).orElseThrow();
        assertThat(inNovember.isRange()).isTrue();
        assertThat(inNovember.low()).isEqualByComparingTo("6800");
        assertThat(inNovember.high()).isEqualByComparingTo("7200");
        assertThat(GuidanceHistory.inForce(versions, LocalDate.of(2012, 1, 1))).isEmpty();
    }

    @Test
    void guidance_is_per_company_or_per_mine_and_checks_its_amounts() {
        Guidance sanJose = Guidance.point(seed.fortuna, seed.sanJose, 2011, Metal.AG, new BigDecimal("520000"), LocalDate.of(2011, 9, 1), source);
        assertThat(sanJose.mine()).contains(seed.sanJose);
        assertThat(sanJose.unit().symbol()).isEqualTo("oz");
        assertThat(Guidance.point(seed.fortuna, null, 2011, Metal.ZN, BigDecimal.TEN, LocalDate.of(2011, 9, 1), source).unit().symbol()).isEqualTo("lb");
        assertThatThrownBy(() -> Guidance.range(seed.fortuna, null, 2011, Metal.AG, new BigDecimal("3"), new BigDecimal("2"),
                LocalDate.of(2011, 9, 1), source)).hasMessageContaining("0 < low <= high");
        assertThatThrownBy(() -> Guidance.withdrawal(seed.fortuna, null, 2011, Metal.AG, LocalDate.of(2011, 9, 1), source).low())
                .isInstanceOf(IllegalStateException.class);
    }
}
